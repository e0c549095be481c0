import Foundation

/// Turns `argv` into a command and its checked arguments, or a `UsageError` that says what was
/// wrong and what was probably meant.
struct CommandLineParser {
    enum Outcome {
        case run(CommandSpec, ParsedArguments)
        case help([String])
        case version
    }

    let root: CommandSpec

    func parse(_ arguments: [String]) throws(UsageError) -> Outcome {
        var path: [String] = []
        var command = root
        var index = 0

        // Stage 1: walk down the subcommands.
        while command.run == nil || !command.subcommands.isEmpty {
            guard index < arguments.count else {
                if command.run != nil { break }
                if path.isEmpty { return .help([]) }
                throw UsageError("'\(([root.name] + path).joined(separator: " "))' needs a subcommand: \(command.subcommands.map(\.name).joined(separator: ", "))", commandPath: path)
            }
            let token = arguments[index]
            if token == "--help" || token == "-h" { return .help(path) }
            if path.isEmpty, token == "--version" { return .version }
            if path.isEmpty, token == "help" {
                return .help(try helpPath(Array(arguments[(index + 1)...])))
            }
            if token.hasPrefix("-") {
                if command.run != nil { break }
                let known = path.isEmpty ? ["--help", "--version"] : ["--help"]
                throw UsageError("unknown option '\(token)'\(Suggestion.hint(for: token, in: known))", commandPath: path)
            }
            guard let next = command.subcommand(named: token) else {
                if command.run != nil { break }
                let names = command.subcommands.map(\.name)
                let place = path.isEmpty ? "" : " for '\(path.joined(separator: " "))'"
                throw UsageError("unknown command '\(token)'\(place)\(Suggestion.hint(for: token, in: names))", commandPath: path)
            }
            command = next
            path.append(token)
            index += 1
        }

        // Stage 2: options and positionals of the leaf command.
        var flags = Set<String>()
        var values: [String: [String]] = [:]
        var positionals: [String] = []
        var onlyPositionals = false
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            if onlyPositionals || token == "-" || !token.hasPrefix("-") {
                positionals.append(token)
                continue
            }
            if token == "--" {
                onlyPositionals = true
                continue
            }
            if token == "--help" || token == "-h" { return .help(path) }

            let (option, inlineValue) = try lookUp(token, in: command, path: path)
            guard option.takesValue else {
                if inlineValue != nil { throw UsageError("'--\(option.name)' takes no value", commandPath: path) }
                flags.insert(option.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count, !arguments[index].hasPrefix("--") || arguments[index] == "-" {
                value = arguments[index]
                index += 1
            } else {
                throw UsageError("'\(option.synopsis)' needs a value", commandPath: path)
            }
            var given = [value]
            if case .repeated(_, true) = option.kind {
                given = value.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            if !option.allowedValues.isEmpty {
                for value in given where !option.allowedValues.contains(value) {
                    throw UsageError(
                        "invalid value '\(value)' for '--\(option.name)'; expected one of \(option.allowedValues.joined(separator: ", "))\(Suggestion.hint(for: value, in: option.allowedValues))",
                        commandPath: path
                    )
                }
            }
            values[option.name, default: []].append(contentsOf: given)
        }

        // Stage 3: positional counts.
        let declared = command.positionals
        let variadic = declared.last?.isVariadic ?? false
        if !variadic, positionals.count > declared.count {
            let extra = positionals[declared.count]
            let hint = extra.hasPrefix("-") ? "" : Suggestion.hint(for: extra, in: command.subcommands.map(\.name))
            throw UsageError("unexpected argument '\(extra)'\(hint)", commandPath: path)
        }
        for (position, spec) in declared.enumerated() where !spec.isOptional && position >= positionals.count {
            throw UsageError("missing argument <\(spec.name)>", commandPath: path)
        }
        return .run(command, ParsedArguments(commandPath: path, flags: flags, values: values, positionals: positionals))
    }

    private func lookUp(_ token: String, in command: CommandSpec, path: [String]) throws(UsageError) -> (OptionSpec, String?) {
        if token.hasPrefix("--") {
            let body = token.dropFirst(2)
            let name: String
            var inline: String?
            if let equals = body.firstIndex(of: "=") {
                name = String(body[..<equals])
                inline = String(body[body.index(after: equals)...])
            } else {
                name = String(body)
            }
            if let option = command.options.first(where: { $0.name == name }) { return (option, inline) }
            let names = command.options.map(\.name) + ["help"]
            throw UsageError("unknown option '--\(name)'\(Suggestion.hint(for: name, in: names, prefix: "--"))", commandPath: path)
        }
        let letters = Array(token.dropFirst())
        if letters.count == 1, let option = command.options.first(where: { $0.short == letters[0] }) {
            return (option, nil)
        }
        let names = command.options.map(\.name) + ["help"]
        throw UsageError("unknown option '\(token)'\(Suggestion.hint(for: String(token.drop { $0 == "-" }), in: names, prefix: "--"))", commandPath: path)
    }

    private func helpPath(_ words: [String]) throws(UsageError) -> [String] {
        var command = root
        var path: [String] = []
        for word in words {
            guard let next = command.subcommand(named: word) else {
                throw UsageError("no help for unknown command '\(word)'\(Suggestion.hint(for: word, in: command.subcommands.map(\.name)))", commandPath: path)
            }
            command = next
            path.append(word)
        }
        return path
    }
}

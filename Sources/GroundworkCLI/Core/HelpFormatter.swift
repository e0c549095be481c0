/// Renders `--help` and usage lines from a command's declaration, so help never drifts from
/// what the parser accepts.
struct HelpFormatter {
    let root: CommandSpec
    var width = 100

    func command(at path: [String]) -> CommandSpec {
        var command = root
        for name in path {
            guard let next = command.subcommand(named: name) else { break }
            command = next
        }
        return command
    }

    func usage(for path: [String]) -> String {
        let command = command(at: path)
        let name = ([root.name] + path).joined(separator: " ")
        if command.run == nil || (!command.subcommands.isEmpty && path.isEmpty) {
            return "\(name) <command> [options]"
        }
        var parts = [name]
        for positional in command.positionals {
            var text = "<\(positional.name)>"
            if positional.isVariadic { text += " ..." }
            parts.append(positional.isOptional ? "[\(text)]" : text)
        }
        for option in command.options {
            var text = option.synopsis
            if case .repeated = option.kind { text += " ..." }
            parts.append("[\(text)]")
        }
        return parts.joined(separator: " ")
    }

    func help(for path: [String]) -> String {
        let command = command(at: path)
        var out = "OVERVIEW: \(command.abstract)\n"
        if !command.discussion.isEmpty { out += "\n" + wrap(command.discussion, indent: 0) + "\n" }
        out += "\nUSAGE: \(usage(for: path))\n"

        if !command.positionals.isEmpty {
            out += "\nARGUMENTS:\n"
            for positional in command.positionals {
                out += row("<\(positional.name)>", positional.help)
            }
        }
        if !command.subcommands.isEmpty {
            out += "\nCOMMANDS:\n"
            for sub in command.subcommands {
                out += row(sub.name, sub.abstract)
            }
        }
        out += "\nOPTIONS:\n"
        for option in command.options {
            var left = option.synopsis
            if let short = option.short { left = "-\(short), " + left }
            var text = option.help
            if let value = option.defaultValue { text += " (default: \(value))" }
            out += row(left, text)
        }
        if path.isEmpty { out += row("--version", "Show the version.") }
        out += row("-h, --help", "Show help information.")
        if !command.examples.isEmpty {
            out += "\nEXAMPLES:\n"
            for example in command.examples { out += "  \(example)\n" }
        }
        if !command.subcommands.isEmpty {
            let name = ([root.name] + path).joined(separator: " ")
            out += "\nSee '\(name) <command> --help' for detailed help.\n"
        }
        return out
    }

    private func row(_ left: String, _ text: String) -> String {
        let column = 26
        let lead = "  " + left
        let body = wrap(text, indent: column)
        if lead.count + 2 <= column {
            let padded = lead + String(repeating: " ", count: column - lead.count)
            return padded + body.dropFirst(column) + "\n"
        }
        return lead + "\n" + body + "\n"
    }

    /// Word-wraps `text` to the width, indenting every line by `indent` spaces.
    private func wrap(_ text: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = pad
            for word in paragraph.split(separator: " ") {
                if line.count > indent, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = pad
                }
                line += (line.count > indent ? " " : "") + word
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}

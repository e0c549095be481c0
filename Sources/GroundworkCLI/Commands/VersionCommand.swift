import Support

/// `groundwork version`: the same as `--version`, for people who type it as a word.
enum VersionCommand {
    static let spec = CommandSpec(
        name: "version",
        abstract: "Show the version.",
        run: { _, context in
            context.console.print("groundwork \(GroundworkVersion.current)")
            return .success
        }
    )
}

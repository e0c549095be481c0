/// The top-level commands, in the order `groundwork --help` lists them. Each command lives in
/// its own file under `Commands/`; adding one is one line here.
enum CommandRegistry {
    static let all: [CommandSpec] = [
        InitCommand.spec,
        CheckCommand.spec,
        PlanCommand.spec,
        ApplyCommand.spec,
        AuditCommand.spec,
        EvidenceCommand.spec,
        LogsCommand.spec,
        WhoamiCommand.spec,
        VersionCommand.spec,
    ]
}

public import Foundation
public import Support

/// Where a store lives on disk: its directory and the signing key file.
///
/// The default directory is `$XDG_DATA_HOME/groundwork`, else `~/.local/share/groundwork` (the
/// XDG base-directory convention). The key defaults to `checkpoint.key` inside it, but can live
/// elsewhere (another disk, a mounted secret) so that whoever can write the database cannot
/// necessarily sign for it.
public struct StoreLocation: Sendable, Hashable {
    /// The store directory (created 0700).
    public var directory: URL
    /// The Ed25519 signing key in signed-note form (created 0600).
    public var keyFile: URL

    public init(directory: URL, keyFile: URL? = nil) {
        self.directory = directory
        self.keyFile = keyFile ?? directory.appendingPathComponent("checkpoint.key")
    }

    /// Resolves `--store` and `--key` against the environment's defaults.
    public static func resolve(store: String?, key: String?, environment: Environment) -> StoreLocation {
        let directory: URL
        if let store, !store.isEmpty {
            directory = URL(fileURLWithPath: expand(store, environment))
        } else if let data = environment.nonEmpty("XDG_DATA_HOME") {
            directory = URL(fileURLWithPath: data).appendingPathComponent("groundwork")
        } else {
            directory = URL(fileURLWithPath: environment.homeDirectory).appendingPathComponent(
                ".local/share/groundwork")
        }
        return StoreLocation(directory: directory, keyFile: key.map { URL(fileURLWithPath: expand($0, environment)) })
    }

    /// The SQLite database.
    public var databaseFile: URL { directory.appendingPathComponent("events.sqlite") }
    /// The verifier key pinned when the store was created; a store re-signed with another key
    /// fails verification against it.
    public var pinnedKeyFile: URL { directory.appendingPathComponent("checkpoint.vkey") }
    /// A copy of the latest signed checkpoint outside the database, rewritten after each ingest,
    /// so that rolling the database back to an older copy is noticed.
    public var latestCheckpointFile: URL { directory.appendingPathComponent("latest.checkpoint") }

    private static func expand(_ path: String, _ environment: Environment) -> String {
        if path == "~" { return environment.homeDirectory }
        if path.hasPrefix("~/") { return environment.homeDirectory + path.dropFirst() }
        return path
    }
}

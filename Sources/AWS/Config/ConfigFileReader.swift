import Foundation

/// How the shared files are read: from disk, or from memory in tests.
public struct ConfigFileReader: Sendable {
    /// Returns the file's text, nil when no file exists at the path.
    public let read: @Sendable (_ path: String) throws -> String?
    /// The file's POSIX permission bits, nil when unknown; used to warn about readable secrets.
    public let permissions: @Sendable (_ path: String) -> Int?

    public init(
        _ read: @escaping @Sendable (_ path: String) throws -> String?,
        permissions: @escaping @Sendable (_ path: String) -> Int? = { _ in nil }
    ) {
        self.read = read
        self.permissions = permissions
    }

    /// Reads from the file system; a missing file is not an error (the AWS CLI works without either file).
    public static let fileSystem = ConfigFileReader(
        { path in
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            return try String(contentsOfFile: path, encoding: .utf8)
        },
        permissions: { path in
            (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
        }
    )

    /// Serves fixed contents by path, with optional permission bits per path.
    public static func inMemory(_ files: [String: String], permissions: [String: Int] = [:]) -> ConfigFileReader {
        ConfigFileReader({ files[$0] }, permissions: { permissions[$0] })
    }
}

import Foundation

/// How the shared files are read: from disk, or from memory in tests.
public struct ConfigFileReader: Sendable {
    /// Returns the file's text, nil when no file exists at the path.
    public let read: @Sendable (_ path: String) throws -> String?

    public init(_ read: @escaping @Sendable (_ path: String) throws -> String?) {
        self.read = read
    }

    /// Reads from the file system; a missing file is not an error (the AWS CLI works without either file).
    public static let fileSystem = ConfigFileReader { path in
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    /// Serves fixed contents by path.
    public static func inMemory(_ files: [String: String]) -> ConfigFileReader {
        ConfigFileReader { files[$0] }
    }
}

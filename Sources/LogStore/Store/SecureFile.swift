import Foundation

/// Creates directories 0700 and files 0600, and refuses key files others can read.
enum SecureFile {
    static func makeDirectory(_ url: URL) throws(LogStoreError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw LogStoreError(
                    .storeUnavailable, "'\(url.path)' exists and is not a directory: pass another --store")
            }
            return
        }
        do {
            try manager.createDirectory(
                at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw LogStoreError(
                .storeUnavailable, "cannot create the store directory '\(url.path)': \(error.localizedDescription)")
        }
    }

    /// Creates an empty file with mode 0600 if it does not exist (SQLite then gives its -wal and
    /// -shm files the same mode).
    static func touch(_ url: URL) throws(LogStoreError) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw LogStoreError(.storeUnavailable, "cannot create '\(url.path)': \(String(cString: strerror(errno)))")
        }
        close(descriptor)
    }

    /// Writes `text` to a new file with mode 0600 through a temporary file and a rename, so a
    /// reader sees the old content or the new one, never half.
    static func write(_ text: String, to url: URL, exclusive: Bool = false) throws(LogStoreError) {
        if exclusive, FileManager.default.fileExists(atPath: url.path) {
            throw LogStoreError(.storeUnavailable, "'\(url.path)' already exists; refusing to overwrite it")
        }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw LogStoreError(.storeUnavailable, "cannot write '\(url.path)': \(String(cString: strerror(errno)))")
        }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor)
        close(descriptor)
        guard written == bytes.count, synced == 0, rename(temporary.path, url.path) == 0 else {
            unlink(temporary.path)
            throw LogStoreError(.storeUnavailable, "cannot write '\(url.path)': \(String(cString: strerror(errno)))")
        }
    }

    static func read(_ url: URL) throws(LogStoreError) -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LogStoreError(.storeUnavailable, "cannot read '\(url.path)': \(error.localizedDescription)")
        }
    }

    /// Reads a secret, refusing it when group or others may read it (as ssh does with keys).
    static func readSecret(_ url: URL) throws(LogStoreError) -> String {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            throw LogStoreError(
                .invalidKey, "signing key '\(url.path)' not found: pass --key with the store's key file")
        }
        guard info.st_mode & 0o077 == 0 else {
            throw LogStoreError(
                .invalidKey,
                "signing key '\(url.path)' is readable by other users (mode \(String(info.st_mode & 0o777, radix: 8))): run 'chmod 600 \(url.path)'"
            )
        }
        return try read(url)
    }
}

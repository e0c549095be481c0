import Foundation

/// One ingest from S3 at a time per store: the staging directory is emptied at the start of a
/// run, which must never happen under another run's feet. An advisory `flock` that the kernel
/// drops when the process dies, so a killed run never leaves the store locked.
final class StagingLock {
    private let descriptor: Int32

    init(directory: URL) throws(S3IngestError) {
        let path = directory.appendingPathComponent("s3-staging.lock").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw S3IngestError("cannot create '\(path)': \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw S3IngestError(
                "another 'groundwork logs ingest s3://…' is running on this store ('\(path)' is locked); "
                    + "wait for it to finish, or pass another --store")
        }
        self.descriptor = descriptor
    }

    /// Unlocks now, even if a child process forked meanwhile still shares the descriptor.
    func release() {
        flock(descriptor, LOCK_UN)
    }

    deinit {
        close(descriptor)
    }
}

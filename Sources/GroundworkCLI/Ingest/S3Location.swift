/// A bucket and key prefix named as `s3://bucket/prefix`, the form the AWS CLI and CloudTrail's
/// console use, so a person can paste what they see there.
struct S3Location: Sendable, Hashable, CustomStringConvertible {
    var bucket: String
    /// The key prefix, kept exactly as written (S3 matches prefixes byte for byte, so
    /// `AWSLogs` also matches `AWSLogsArchive/`; a trailing `/` limits it to the folder).
    var prefix: String

    /// Reads `s3://bucket[/prefix]`; the scheme is case-insensitive, the rest is not.
    /// - Throws: `S3IngestError` when there is no bucket name.
    init(_ text: String) throws(S3IngestError) {
        guard text.lowercased().hasPrefix("s3://") else {
            throw S3IngestError("'\(text)' is not an S3 location: write it as s3://bucket/prefix")
        }
        let rest = text.dropFirst("s3://".count)
        let bucket = rest.prefix { $0 != "/" }
        guard !bucket.isEmpty else {
            throw S3IngestError(
                "'\(text)' names no bucket: write it as s3://bucket/prefix (e.g. s3://org-trail/AWSLogs/)")
        }
        self.bucket = String(bucket)
        self.prefix = String(rest.dropFirst(bucket.count + 1))
    }

    var description: String { "s3://\(bucket)/\(prefix)" }

    /// The `s3://` name of one object, for messages.
    func url(of key: String) -> String { "s3://\(bucket)/\(key)" }
}

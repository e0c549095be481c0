import AWS

/// Why an ingest from S3 stopped, worded for the person at the terminal: which bucket, which
/// permission, what to check.
struct S3IngestError: Error, Sendable, CustomStringConvertible {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }

    /// Explains an error from listing (`key == nil`) or reading one object of `location`.
    static func explaining(_ error: any Error, location: S3Location, key: String? = nil) -> S3IngestError {
        let target = key.map { location.url(of: $0) } ?? location.description
        guard let error = error as? AWSError else {
            return S3IngestError("cannot \(key == nil ? "list" : "read") \(target): \(error)")
        }
        if error.code == "NoSuchBucket" {
            return S3IngestError(
                "bucket '\(location.bucket)' does not exist: check the name in '\(location)', and --profile, "
                    + "--region or --endpoint-url if it lives in another account or endpoint")
        }
        if error.isAccessDenied {
            // IAM grants listing as s3:ListBucket on the bucket, not as the API's name.
            let action = key == nil ? "s3:ListBucket" : "s3:GetObject"
            let resource =
                key == nil ? "arn:aws:s3:::\(location.bucket)" : "arn:aws:s3:::\(location.bucket)/\(key ?? "")"
            var text = "access denied: the credentials in use may not call \(action) on \(resource) (\(error.code)"
            if !error.message.isEmpty { text += ": \(error.message)" }
            text += "); grant \(action) to this identity (`groundwork whoami` shows which one it is)"
            if key != nil { text += ", and kms:Decrypt on the trail's key when its logs are encrypted with KMS" }
            return S3IngestError(text)
        }
        return S3IngestError("cannot \(key == nil ? "list" : "read") \(target): \(error)")
    }
}

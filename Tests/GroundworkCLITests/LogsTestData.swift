import Foundation

/// Synthetic CloudTrail files in the S3 tree layout, and the shared real captures.
enum LogsTestData {
    /// `../shared/testdata/cloudtrail/stratus-red-team`, found from the package root or an ancestor.
    static var stratus: URL {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = directory.appendingPathComponent("shared/testdata/cloudtrail/stratus-red-team")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: "/work/shared/testdata/cloudtrail/stratus-red-team")
    }

    /// Writes `files` CloudTrail files of `perFile` records each under
    /// `root/AWSLogs/o-test/<account>/CloudTrail/us-east-1/2026/01/<day>/`, every record unique.
    static func writeTrail(at root: URL, files: Int, perFile: Int, users: [String] = ["alice", "bob", "carol"]) throws {
        for file in 0..<files {
            let account = file % 2 == 0 ? "111111111111" : "222222222222"
            let day = String(format: "%02d", file % 28 + 1)
            let directory = root.appendingPathComponent("AWSLogs/o-test/\(account)/CloudTrail/us-east-1/2026/01/\(day)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            var records: [String] = []
            for index in 0..<perFile {
                let n = file * perFile + index
                let user = users[n % users.count]
                let name = n % 50 == 0 ? "StopLogging" : "GetObject"
                let source = n % 50 == 0 ? "cloudtrail.amazonaws.com" : "s3.amazonaws.com"
                records.append(
                    """
                    {"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"AIDA\(user.uppercased())","arn":"arn:aws:iam::\(account):user/\(user)","accountId":"\(account)","accessKeyId":"AKIA\(n)","userName":"\(user)"},"eventTime":"2026-01-\(day)T\(String(format: "%02d", index % 24)):\(String(format: "%02d", n % 60)):00Z","eventSource":"\(source)","eventName":"\(name)","awsRegion":"us-east-1","sourceIPAddress":"198.51.100.\(n % 250)","userAgent":"aws-cli/2.15","requestParameters":{"bucketName":"b\(n)"},"responseElements":null,"requestID":"req-\(n)","eventID":"00000000-0000-4000-8000-\(String(format: "%012d", n))","readOnly":true,"eventType":"AwsApiCall","managementEvent":false,"recipientAccountId":"\(account)","eventCategory":"Data"}
                    """
                )
            }
            let body = "{\"Records\":[" + records.joined(separator: ",") + "]}"
            let name = "\(account)_CloudTrail_us-east-1_202601\(day)T0000Z_file\(file).json"
            try Data(body.utf8).write(to: directory.appendingPathComponent(name))
        }
    }
}

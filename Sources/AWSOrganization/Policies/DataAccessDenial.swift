/// The inline policy a `data-access: none` profile gets: explicit denies on reading user data.
///
/// An explicit `Deny` wins over every `Allow`, so the profile can carry broad managed policies
/// (`ReadOnlyAccess`, `ViewOnlyAccess`) and still never read a record, an object, a message or a
/// secret. Metrics (CloudWatch), logs (CloudWatch Logs), configuration and resource metadata stay
/// readable: that is what such a profile exists for. `docs/guardrails.md` justifies each group.
public enum DataAccessDenial {
    public static let sid = "DenyDataPlaneReads"

    /// Actions that return stored user data, open a path to it, or decrypt it.
    public static let actions: [String] = [
        // Object storage: object bodies (S3 Select is authorised as GetObject).
        "s3:GetObject",
        "s3:GetObjectVersion",
        "s3-object-lambda:GetObject",
        // Key-value and document tables, including streams, PartiQL and exports to S3.
        "dynamodb:BatchExecuteStatement",
        "dynamodb:BatchGetItem",
        "dynamodb:ExecuteStatement",
        "dynamodb:ExportTableToPointInTime",
        "dynamodb:GetItem",
        "dynamodb:GetRecords",
        "dynamodb:PartiQLSelect",
        "dynamodb:Query",
        "dynamodb:Scan",
        "dax:BatchGetItem",
        "dax:GetItem",
        "dax:Query",
        "dax:Scan",
        // Relational databases: the Data API, IAM database sign-in, engine log files (may hold statement text).
        "rds-data:*",
        "rds-db:connect",
        "rds:DownloadCompleteDBLogFile",
        "rds:DownloadDBLogFilePortion",
        "redshift-data:GetStatementResult",
        "redshift-data:GetStatementResultV2",
        "redshift:GetClusterCredentials",
        "redshift:GetClusterCredentialsWithIAM",
        "redshift-serverless:GetCredentials",
        // Other databases and caches reachable with IAM credentials.
        "cassandra:Select",
        "elasticache:Connect",
        "neptune-db:ReadDataViaQuery",
        "timestream:Select",
        // Search and analytics results.
        "athena:GetQueryResults",
        "athena:GetQueryResultsStream",
        "es:ESHttpGet",
        "es:ESHttpHead",
        "es:ESHttpPost",
        // Queues and streams: message bodies.
        "kinesis:GetRecords",
        "kinesis:SubscribeToShard",
        "sqs:ReceiveMessage",
        // Secrets and encrypted data.
        "kms:Decrypt",
        "kms:ReEncryptFrom",
        "secretsmanager:BatchGetSecretValue",
        "secretsmanager:GetSecretValue",
        "ssm:GetParameter",
        "ssm:GetParameterHistory",
        "ssm:GetParameters",
        "ssm:GetParametersByPath",
        // End-user identities (personal data).
        "cognito-idp:AdminGetUser",
        "cognito-idp:ListUsers",
        "cognito-idp:ListUsersInGroup",
        // Interactive shells on hosts, which read whatever the host can.
        "ec2-instance-connect:SendSSHPublicKey",
        "ssm:StartSession",
    ]

    /// The one statement, sorted for a stable document.
    public static var statement: PolicyStatement {
        PolicyStatement(sid: sid, effect: .deny, actions: .action(actions.sorted()))
    }

    /// The inline policy document.
    public static var document: PolicyDocument { PolicyDocument(statements: [statement]) }
}

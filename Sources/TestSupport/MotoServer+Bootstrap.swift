import AWS
public import AWSSigner

extension MotoServer {
    /// Requests `bootstrapAdministrator` spends before moto starts checking signatures.
    public static let bootstrapActionCount = 3

    /// Creates an IAM user with an access key and an allow-everything inline policy, using
    /// moto's unauthenticated allowance (start with `initialNoAuthActionCount: 3`), and returns
    /// its key: every later request is then signed with real, verified credentials.
    public func bootstrapAdministrator(userName: String = "groundwork-admin") async throws -> AWSCredentials {
        let anonymous = AWSClient(
            credentials: StaticCredentialProvider(
                AWSCredentials(accessKeyID: "AKIDBOOTSTRAP", secretAccessKey: "bootstrap")),
            region: "us-east-1",
            endpoints: .custom(endpoint),
            runtime: AWSClient.Runtime(retryPolicy: .none)
        )
        _ = try await anonymous.send(IAM.createUser, IAM.CreateUserRequest(userName: userName))
        let key = try await anonymous.send(IAM.createAccessKey, IAM.UserNameRequest(userName: userName)).accessKey
        _ = try await anonymous.send(
            IAM.putUserPolicy,
            IAM.PutUserPolicyRequest(
                userName: userName,
                policyName: "administrator",
                policyDocument:
                    #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#
            )
        )
        return AWSCredentials(accessKeyID: key.accessKeyId, secretAccessKey: key.secretAccessKey)
    }
}

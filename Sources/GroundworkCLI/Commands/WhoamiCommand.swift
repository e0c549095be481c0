import AWS
import AWSSigner
import Foundation
import Support

/// `groundwork whoami`: who the AWS credentials belong to, where they came from, which region
/// and endpoints are in use, and the organization when the caller can see it.
///
/// It is the first thing to run when something is off, so every failure says which setting to
/// look at. Exit codes: 0 when the caller was identified, 2 when it could not be (no or rejected
/// credentials, unreachable endpoint, invalid config), 64 for usage errors.
enum WhoamiCommand {
    static let spec = CommandSpec(
        name: "whoami",
        abstract: "Show the AWS identity, credential source, region and organization in use.",
        discussion: """
            Resolves credentials, region and endpoints the way the AWS CLI does (--profile / AWS_PROFILE, \
            AWS_ACCESS_KEY_ID, role_arn + source_profile chains, credential_process, --region / AWS_REGION, \
            --endpoint-url / AWS_ENDPOINT_URL), then asks STS who the caller is and Organizations which \
            organization it belongs to. Secrets are never printed: the access key id is masked.

            Exit status: 0 when the caller was identified, 2 when it could not be (the message says which \
            setting to check).
            """,
        examples: [
            "groundwork whoami",
            "groundwork whoami --profile audit --region eu-west-1",
            "groundwork whoami --endpoint-url http://127.0.0.1:5000 --format json",
        ],
        options: OptionSpec.awsConnection + [.format(["text", "json"])],
        run: { arguments, context in await run(arguments, context) }
    )

    /// The facts `whoami` reports; also its JSON shape.
    struct Report: Encodable {
        struct Endpoint: Encodable {
            var service: String
            var url: String
            var source: String
            var signingRegion: String
        }

        struct OrganizationFacts: Encodable {
            var id: String?
            var arn: String?
            var managementAccountId: String?
            var isManagementAccount: Bool
            var featureSet: String?
        }

        var account: String?
        var arn: String?
        var userId: String?
        var accessKeyId: String
        var credentialSource: String
        var region: String
        var regionSource: String
        var endpoints: [Endpoint]
        var organization: OrganizationFacts?
        /// Why the organization is not shown, when it is not.
        var organizationUnavailable: String?
    }

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) async -> ExitCode {
        let overrides = AWSConfigResolver.Overrides(
            profile: arguments.value("profile"),
            region: arguments.value("region"),
            endpointURL: arguments.value("endpoint-url")
        )
        var runtime = AWSClient.Runtime(retryPolicy: RetryPolicy(maxAttempts: 3), timeout: .seconds(15))
        if arguments.flag("debug") {
            let err = context.console.err
            runtime.tracer = AWSTracer { line in err.write(line + "\n") }
        }

        // Stage 1: settings. Nothing has been sent yet; failures here are configuration.
        let session: AWSSession
        do {
            session = try AWSSession.load(environment: context.environment, overrides: overrides, runtime: runtime)
        } catch {
            context.console.err.write(error.diagnostic.description + "\n")
            return .failure
        }
        let client = session.client

        // Stage 2: the caller. Credentials are resolved (and roles assumed) on the way.
        let caller: STS.GetCallerIdentityResponse
        let credentials: ResolvedCredentials
        do {
            credentials = try await session.credentials.resolve()
            caller = try await client.send(STS.getCallerIdentity, EmptyInput())
        } catch {
            context.console.error("cannot identify the caller: \(error)")
            context.console.note("credentials: \(session.credentialSummary); region: \(session.region)")
            return .failure
        }

        // Stage 3: the organization, when visible. Not seeing it is an answer, not a failure.
        var organization: Report.OrganizationFacts?
        var unavailable: String?
        do {
            if let found = try await client.send(Organizations.describeOrganization, EmptyInput()).organization {
                organization = Report.OrganizationFacts(
                    id: found.id,
                    arn: found.arn,
                    managementAccountId: found.masterAccountId,
                    isManagementAccount: found.masterAccountId != nil && found.masterAccountId == caller.account,
                    featureSet: found.featureSet
                )
            }
        } catch let error as AWSError where error.code == "AWSOrganizationsNotInUseException" {
            unavailable = "the account is not in an organization"
        } catch let error as AWSError where error.isAccessDenied {
            unavailable = "not visible to this caller (\(error.action) is denied)"
        } catch {
            unavailable = "could not be read: \(error)"
        }

        let services: [AWSService] = [.sts, .organizations, .iam, .ssoAdmin, .s3]
        let endpoints = services.compactMap { service -> Report.Endpoint? in
            guard let endpoint = try? session.endpoint(for: service) else { return nil }
            return Report.Endpoint(
                service: service.name,
                url: endpoint.url.absoluteString,
                source: source(of: endpoint),
                signingRegion: endpoint.signingRegion
            )
        }
        let report = Report(
            account: caller.account,
            arn: caller.arn,
            userId: caller.userId,
            accessKeyId: credentials.credentials.maskedAccessKeyID,
            credentialSource: credentials.source.description,
            region: session.region.name,
            regionSource: session.region.description,
            endpoints: endpoints,
            organization: organization,
            organizationUnavailable: unavailable
        )
        if arguments.value("format") == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            guard let data = try? encoder.encode(report) else { return .failure }
            context.console.print(String(decoding: data, as: UTF8.self))
        } else {
            context.console.out.write(text(report))
        }
        return .success
    }

    private static func source(of endpoint: ResolvedEndpoint) -> String {
        switch endpoint.source {
        case .commandLine: "--endpoint-url"
        case .environment(let variable): variable
        case .profileService(let profile, _): "services section of profile '\(profile)'"
        case .profile(let name, _): "profile '\(name)'"
        case .standard: "AWS default"
        }
    }

    static func text(_ report: Report) -> String {
        var rows: [(String, String)] = [
            ("account", report.account ?? "-"),
            ("arn", report.arn ?? "-"),
            ("user id", report.userId ?? "-"),
            ("access key", report.accessKeyId),
            ("credentials", report.credentialSource),
            ("region", report.regionSource),
        ]
        for (index, endpoint) in report.endpoints.enumerated() {
            rows.append(
                (
                    index == 0 ? "endpoints" : "",
                    "\(endpoint.service): \(endpoint.url) (\(endpoint.source); signed for \(endpoint.signingRegion))"
                )
            )
        }
        if let organization = report.organization {
            var line = organization.id ?? "-"
            if let management = organization.managementAccountId {
                line += ", management account \(management)"
                line += organization.isManagementAccount ? " (this account)" : ""
            }
            rows.append(("organization", line))
        } else {
            rows.append(("organization", report.organizationUnavailable ?? "-"))
        }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }.joined(
            separator: "\n") + "\n"
    }
}

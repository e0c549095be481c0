// swift-tools-version: 6.2
import PackageDescription

/// Settings every Swift target shares: Swift 6 strict concurrency plus the upcoming features
/// swift-log and swift-nio turn on, and warnings treated as errors.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "Groundwork",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "groundwork", targets: ["groundwork"]),
        .library(name: "GroundworkCLI", targets: ["GroundworkCLI"]),
    ],
    targets: [
        // System libraries from Debian (-dev packages); C stays behind one Swift wrapper each.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"]), .brew(["zstd"])]),
        .systemLibrary(name: "CDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"]), .brew(["libdeflate"])]),

        .target(name: "Support", swiftSettings: strictSettings),
        .target(name: "Digest", dependencies: ["CCrypto"], swiftSettings: strictSettings),
        .target(name: "SQLite", dependencies: ["CSQLite"], swiftSettings: strictSettings),
        .target(name: "Zstd", dependencies: ["CZstd"], swiftSettings: strictSettings),
        .target(name: "YAML", dependencies: ["CYAML", "Support"], swiftSettings: strictSettings),
        .target(name: "OrgModel", dependencies: ["YAML", "Support"], swiftSettings: strictSettings),
        .target(name: "Compliance", dependencies: ["OrgModel"], resources: [.copy("Catalogue")], swiftSettings: strictSettings),
        .target(name: "AWSSigner", dependencies: ["Digest"], swiftSettings: strictSettings),
        .target(name: "AWS", dependencies: ["AWSSigner", "Digest", "Support"], swiftSettings: strictSettings),
        .target(name: "Planner", dependencies: ["Digest", "OrgModel", "Support"], swiftSettings: strictSettings),
        .target(name: "AWSOrganization", dependencies: ["AWS", "OrgModel", "Planner", "Support", "Compliance", "Digest"], swiftSettings: strictSettings),
        .target(name: "AuditLog", dependencies: ["Digest", "CZlib", "CDeflate", "Support"], swiftSettings: strictSettings),
        .target(name: "LogStore", dependencies: ["AuditLog", "SQLite", "Zstd", "Digest", "Support"], swiftSettings: strictSettings),
        .target(name: "Reports", dependencies: ["Compliance", "Digest", "OrgModel", "Support"], swiftSettings: strictSettings),
        .target(
            name: "GroundworkCLI",
            dependencies: ["Support", "OrgModel", "Compliance", "Reports", "AWS", "AWSOrganization", "Planner", "AuditLog", "LogStore"],
            swiftSettings: strictSettings
        ),
        .executableTarget(name: "groundwork", dependencies: ["GroundworkCLI"], swiftSettings: strictSettings),
        .executableTarget(name: "SigningBenchmark", dependencies: ["AWSSigner"], path: "Benchmarks/signing/Sources", swiftSettings: strictSettings),
        .target(name: "TestSupport", dependencies: ["AWS", "SQLite", "Support"], swiftSettings: strictSettings),
        .executableTarget(name: "AWSBench", dependencies: ["AWS", "AWSSigner"], path: "Benchmarks/aws-rps/Sources", swiftSettings: strictSettings),

        .testTarget(name: "SupportTests", dependencies: ["Support"], swiftSettings: strictSettings),
        .testTarget(name: "DigestTests", dependencies: ["Digest"], swiftSettings: strictSettings),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite"], swiftSettings: strictSettings),
        .testTarget(name: "ZstdTests", dependencies: ["Zstd"], swiftSettings: strictSettings),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"], swiftSettings: strictSettings),
        .testTarget(name: "OrgModelTests", dependencies: ["OrgModel"], resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(name: "ComplianceTests", dependencies: ["Compliance", "OrgModel"], swiftSettings: strictSettings),
        .testTarget(name: "AWSSignerTests", dependencies: ["AWSSigner"], swiftSettings: strictSettings),
        .testTarget(name: "AWSTests", dependencies: ["AWS", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "PlannerTests", dependencies: ["Planner", "OrgModel"], swiftSettings: strictSettings),
        .testTarget(name: "AWSOrganizationTests", dependencies: ["AWSOrganization", "OrgModel", "Compliance", "AWS"], swiftSettings: strictSettings),
        .testTarget(name: "AuditLogTests", dependencies: ["AuditLog"], resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(name: "LogStoreTests", dependencies: ["LogStore", "AuditLog"], resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Compliance", "OrgModel"], swiftSettings: strictSettings),
        .testTarget(name: "GroundworkCLITests", dependencies: ["GroundworkCLI"], swiftSettings: strictSettings),
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["AWS", "TestSupport", "GroundworkCLI"],
            swiftSettings: strictSettings
        ),
    ]
)

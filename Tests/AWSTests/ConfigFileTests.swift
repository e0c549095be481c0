import AWS
import Support
import Testing

@Suite struct ConfigFileTests {
    @Test func parsesSectionsPropertiesCommentsAndNestedBlocks() throws {
        let text = """
            # a comment
            ; another comment
            [default]
            region = eu-west-1
            Output: json
              
            [profile dev]
            role_arn = arn:aws:iam::123456789012:role/Dev
            s3 =
              addressing_style = path
              max_concurrent_requests: 20
            credential_process = /usr/bin/helper --flag=value
            \tsecond line
            """
        let file = try ConfigFile(parsing: text, path: "/home/u/.aws/config")
        #expect(file.sections.map(\.name) == ["default", "profile dev"])
        let defaults = try #require(file.section("default"))
        #expect(defaults["region"]?.value == "eu-west-1")
        #expect(defaults["output"]?.value == "json")
        #expect(defaults["REGION"]?.location == SourceLocation(file: "/home/u/.aws/config", line: 4, column: 1))
        let dev = try #require(file.section("profile dev"))
        #expect(dev["role_arn"]?.value == "arn:aws:iam::123456789012:role/Dev")
        #expect(dev["s3"]?.nested == ["addressing_style": "path", "max_concurrent_requests": "20"])
        #expect(dev["credential_process"]?.value == "/usr/bin/helper --flag=value\nsecond line")
    }

    @Test func byteOrderMarkIsIgnored() throws {
        let file = try ConfigFile(parsing: "\u{FEFF}[default]\r\nregion = us-east-1\r\n", path: "c")
        #expect(file.section("default")?["region"]?.value == "us-east-1")
    }

    @Test func commentAfterSectionHeaderIsAllowed() throws {
        let file = try ConfigFile(
            parsing: "[default] # main account\nregion = us-east-1\n[profile x] ; other\n", path: "c")
        #expect(file.sections.map(\.name) == ["default", "profile x"])
    }

    @Test func headerWhitespaceIsNormalisedAndValuesAreNotCommentStripped() throws {
        let file = try ConfigFile(parsing: "[  profile    spaced  ]\nregion = us-east-1 # prod\r\n", path: "c")
        #expect(file.sections.first?.name == "profile spaced")
        #expect(file.sections.first?["region"]?.value == "us-east-1 # prod")
    }

    struct Malformed: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var line: Int
        var messageContains: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Malformed(
            name: "setting before any section", text: "region = us-east-1\n[default]\n", line: 1,
            messageContains: "outside any section"),
        Malformed(
            name: "line without =", text: "[default]\nregion us-east-1\n", line: 2,
            messageContains: "is not 'name = value'"),
        Malformed(
            name: "unterminated header", text: "[default]\nregion = a\n\n[profile x\n", line: 4,
            messageContains: "missing its closing ']'"),
        Malformed(
            name: "text after header", text: "[default]\nregion = a\n\n[profile x] extra\n", line: 4,
            messageContains: "missing its closing ']'"),
        Malformed(name: "empty header", text: "[]\n", line: 1, messageContains: "has no name"),
        Malformed(name: "empty name", text: "[default]\n= value\n", line: 2, messageContains: "no setting name"),
        Malformed(
            name: "duplicate section", text: "[default]\na = 1\n[default]\n", line: 3,
            messageContains: "first on line 1"),
        Malformed(
            name: "duplicate setting", text: "[default]\nregion = a\nREGION = b\n", line: 3,
            messageContains: "first on line 2"),
        Malformed(
            name: "indented line first", text: "  region = a\n[default]\n", line: 1,
            messageContains: "does not follow a setting"),
        Malformed(
            name: "nested line without =", text: "[default]\ns3 =\n  path\n", line: 3,
            messageContains: "under 's3' is not 'name = value'"),
    ])
    func malformedLinesNameFileAndLine(_ testCase: Malformed) {
        do {
            _ = try ConfigFile(parsing: testCase.text, path: "/home/u/.aws/config")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .malformedFile)
            #expect(error.location == SourceLocation(file: "/home/u/.aws/config", line: testCase.line, column: 1))
            #expect(error.message.contains(testCase.messageContains), "\(error.message)")
            #expect(error.description.hasPrefix("/home/u/.aws/config:\(testCase.line):1: error: [aws-config] "))
        }
    }

    @Test func malformedSecretLineIsNotEchoed() {
        let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
        #expect {
            try ConfigFile(parsing: "[default]\naws_secret_access_key \(secret)\n", path: "credentials")
        } throws: { error in
            "\(error)".contains("aws_secret_access_key") && !"\(error)".contains("wJalr")
        }
    }
}

@Suite struct ConfigFileRedactionTests {
    @Test func secretSettingsAreRedactedInDescriptions() throws {
        let file = try ConfigFile(
            parsing:
                "[default]\naws_secret_access_key = SUPERSECRET\naws_session_token = TOKENVALUE\nregion = us-east-1\n",
            path: "credentials"
        )
        var dumped = ""
        dump(file, to: &dumped)
        for text in ["\(file)", String(reflecting: file), dumped] {
            #expect(!text.contains("SUPERSECRET"))
            #expect(!text.contains("TOKENVALUE"))
        }
        #expect(String(reflecting: file).contains("us-east-1"))
    }
}

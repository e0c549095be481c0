import AWSOrganization
import Foundation
import Testing

@Suite struct PolicyDocumentTests {
    static let sample = PolicyDocument(statements: [
        PolicyStatement(
            sid: "DenyThings", effect: .deny, actions: .action(["s3:DeleteObject", "s3:PutObject"]),
            resources: .resource(["arn:aws:s3:::bucket/*"]),
            condition: PolicyCondition()
                .setting(.stringNotEquals, "aws:RequestedRegion", ["eu-west-1"])
                .setting(.arnNotLike, "aws:PrincipalArn", ["arn:aws:iam::*:role/BreakGlass"])),
        PolicyStatement(
            effect: .allow, principal: .service(["cloudtrail.amazonaws.com"]), actions: .action(["s3:GetBucketAcl"])),
    ])

    @Test func minifiedJSONHasFixedKeyOrderNoWhitespaceAndUnescapedSlashes() {
        #expect(
            Self.sample.minifiedJSON
                == #"{"Version":"2012-10-17","Statement":[{"Sid":"DenyThings","Effect":"Deny","Action":["s3:DeleteObject","s3:PutObject"],"#
                + #""Resource":"arn:aws:s3:::bucket/*","Condition":{"ArnNotLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/BreakGlass"},"#
                + #""StringNotEquals":{"aws:RequestedRegion":"eu-west-1"}}},{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"#
                + #""Action":"s3:GetBucketAcl","Resource":"*"}]}"#)
    }

    @Test func byteCountIsUTF8LengthOfMinifiedText() {
        let document = PolicyDocument(statements: [PolicyStatement(sid: "A", effect: .deny, actions: .action(["ü:x"]))])
        #expect(document.byteCount == document.minifiedJSON.utf8.count)
        #expect(document.byteCount == document.minifiedJSON.count + 1)
    }

    @Test func conditionOrderDoesNotChangeTheText() {
        let forward = PolicyCondition().setting(.stringLike, "b", ["1"]).setting(.arnLike, "a", ["2"])
        let backward = PolicyCondition().setting(.arnLike, "a", ["2"]).setting(.stringLike, "b", ["1"])
        let one = PolicyDocument(statements: [
            PolicyStatement(effect: .deny, actions: .action(["*"]), condition: forward)
        ])
        let two = PolicyDocument(statements: [
            PolicyStatement(effect: .deny, actions: .action(["*"]), condition: backward)
        ])
        #expect(one.minifiedJSON == two.minifiedJSON)
    }

    @Test func prettyJSONParsesToTheSameDocument() throws {
        let pretty = Self.sample.prettyJSON
        #expect(pretty.contains("\n  \"Statement\": ["))
        #expect(try PolicyDocument(json: pretty) == Self.sample)
        #expect(try PolicyDocument(json: Self.sample.minifiedJSON) == Self.sample)
    }

    @Test func parsesAWSVariants() throws {
        let json = """
            {"Version":"2012-10-17","Statement":{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["a","b"],
            "Condition":{"Bool":{"aws:SecureTransport":false},"NumericLessThan":{"s3:TlsVersion":1.2,"s3:max-keys":5}}}}
            """
        let document = try PolicyDocument(json: json)
        let statement = try #require(document.statements.first)
        #expect(statement.principal == .anyone)
        #expect(statement.actionList == ["s3:*"])
        #expect(statement.resourceList == ["a", "b"])
        #expect(statement.condition.values(.bool, "aws:SecureTransport") == ["false"])
        #expect(statement.condition.values(ConditionOperator(rawValue: "NumericLessThan"), "s3:TlsVersion") == ["1.2"])
        #expect(statement.condition.values(ConditionOperator(rawValue: "NumericLessThan"), "s3:max-keys") == ["5"])
    }

    @Test(arguments: [
        "[]",
        #"{"Version":"2008-10-17","Statement":[]}"#,
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Maybe","Action":"*","Resource":"*"}]}"#,
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Resource":"*"}]}"#,
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*"}]}"#,
        "not json",
    ])
    func rejectsInvalidDocuments(json: String) {
        #expect(throws: PolicyError.self) { try PolicyDocument(json: json) }
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() throws {
        let document = PolicyDocument(statements: [
            PolicyStatement(sid: nil, effect: .deny, actions: .action(["a\"b\\c\u{1}"]))
        ])
        #expect(document.minifiedJSON.contains(#""a\"b\\c\u0001""#))
        #expect(try PolicyDocument(json: document.minifiedJSON) == document)
    }
}

@Suite struct PolicyPackerTests {
    static func statement(_ sid: String, actions count: Int) -> PolicyStatement {
        PolicyStatement(
            sid: sid, effect: .deny, actions: .action((0..<count).map { "service:Action\(sid)Number\($0)" }))
    }

    @Test func smallStatementsShareOneDocument() throws {
        let documents = try PolicyPacker.pack([Self.statement("A", actions: 3), Self.statement("B", actions: 3)])
        #expect(documents.count == 1)
        #expect(documents[0].statements.map(\.sid) == ["A", "B"])
    }

    @Test func statementsOverflowIntoASecondDocumentInOrder() throws {
        let statements = (0..<6).map { Self.statement("S\($0)", actions: 30) }
        let documents = try PolicyPacker.pack(statements)
        #expect(documents.count > 1)
        #expect(documents.allSatisfy { $0.byteCount <= 5_120 })
        #expect(documents.flatMap(\.statements).sorted { ($0.sid ?? "") < ($1.sid ?? "") } == statements)
    }

    @Test func oversizedActionListIsSplitWithoutLosingActions() throws {
        let big = Self.statement("Big", actions: 400)
        let documents = try PolicyPacker.pack([big])
        let pieces = documents.flatMap(\.statements)
        #expect(pieces.count > 1)
        #expect(documents.allSatisfy { $0.byteCount <= 5_120 })
        #expect(pieces.flatMap(\.actionList) == big.actionList)
        #expect(Set(pieces.compactMap(\.sid)).count == pieces.count)
        #expect(pieces.allSatisfy { $0.sid?.hasPrefix("BigPart") == true })
    }

    @Test func positiveConditionValuesAreSplitNegatedOnesAreNot() throws {
        let values = (0..<400).map { "*:person\($0)@example.com" }
        let positive = PolicyStatement(
            sid: "P", effect: .deny, actions: .action(["*"]),
            condition: PolicyCondition().setting(.stringLike, "aws:userid", values))
        let pieces = try PolicyPacker.pack([positive]).flatMap(\.statements)
        #expect(pieces.count > 1)
        #expect(pieces.flatMap { $0.condition.values(.stringLike, "aws:userid") ?? [] } == values)

        let negated = PolicyStatement(
            sid: "N", effect: .deny, actions: .notAction(["iam:*"]),
            condition: PolicyCondition().setting(.stringNotEquals, "aws:RequestedRegion", values))
        #expect {
            try PolicyPacker.pack([negated])
        } throws: { error in
            (error as? PolicyError)?.code == .statementTooLarge && "\(error)".contains("'N'")
        }
    }

    @Test(arguments: ["StringNotEquals", "ForAllValues:StringEquals", "ArnNotLike", "Null", "Bool", "NumericLessThan"])
    func operatorsThatMustStayWhole(name: String) {
        #expect(!ConditionOperator(rawValue: name).matchesAnyValue)
    }

    @Test(arguments: ["StringEquals", "StringLike", "ArnLike", "ForAnyValue:StringLike", "StringEqualsIgnoreCase"])
    func operatorsWhoseValuesAreAlternatives(name: String) {
        #expect(ConditionOperator(rawValue: name).matchesAnyValue)
    }
}

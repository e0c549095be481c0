import Foundation
import Planner
import Testing

@Suite struct AttributeValueTests {
    @Test(arguments: [
        (#"{"a":1,"b":[true,null]}"#, #"{ "b" : [ true , null ], "a" : 1 }"#),
        (
            #"{"Statement":[{"Effect":"Deny","Action":["s3:*"]}]}"#,
            "{\n\t\"Statement\": [{\"Action\": [\"s3:*\"], \"Effect\": \"Deny\"}]\n}"
        ),
        (#"{"path":"a/b","u":"é"}"#, #"{"u":"\u00e9","path":"a\/b"}"#),
    ])
    func documentsCompareCanonically(_ left: String, _ right: String) {
        #expect(AttributeValue.document(left) == .document(right))
        #expect(AttributeValue.document(left).hashValue == AttributeValue.document(right).hashValue)
    }

    @Test(arguments: [
        (#"{"a":1}"#, #"{"a":2}"#),
        (#"{"a":[1,2]}"#, #"{"a":[2,1]}"#),
        (#"{"a":true}"#, #"{"a":1}"#),
        (#"{"a":"1"}"#, #"{"a":1}"#),
        (#"{"a":null}"#, #"{}"#),
    ])
    func documentsWithDifferentContentDiffer(_ left: String, _ right: String) {
        #expect(AttributeValue.document(left) != .document(right))
    }

    @Test func invalidJSONComparesAsText() {
        #expect(AttributeValue.document("not json") == .document("not json"))
        #expect(AttributeValue.document("not json") != .document("not  json"))
    }

    @Test func valuesOfDifferentTypesDiffer() {
        #expect(AttributeValue.string("1") != .int(1))
        #expect(AttributeValue.string("{}") != .document("{}"))
        #expect(AttributeValue.list([.string("a"), .string("b")]) != .list([.string("b"), .string("a")]))
        #expect(AttributeValue.list([.document(#"{"a":1,"b":2}"#)]) == .list([.document(#"{"b":2,"a":1}"#)]))
    }

    @Test func descriptionsAreShortAndQuoted() {
        #expect(AttributeValue.string("x").description == "\"x\"")
        #expect(AttributeValue.int(3600).description == "3600")
        #expect(AttributeValue.bool(false).description == "false")
        #expect(AttributeValue.list([.string("a"), .int(1)]).description == "[\"a\", 1]")
        #expect(AttributeValue.document(#"{ "a" : 1 }"#).description == "(document, 7 bytes)")
    }

    @Test func roundTripsThroughJSONKeepingDocumentText() throws {
        let values: [AttributeValue] = [
            .string("s"), .int(-4), .bool(true), .list([.int(1), .list([])]), .document("{ \"a\": 1 }"),
        ]
        let data = try JSONEncoder().encode(values)
        #expect(String(decoding: data, as: UTF8.self).contains(#"{"string":"s"}"#))
        let decoded = try JSONDecoder().decode([AttributeValue].self, from: data)
        #expect(decoded == values)
        guard case .document(let text) = decoded[4] else {
            Issue.record("expected a document")
            return
        }
        #expect(text == "{ \"a\": 1 }")
    }

    @Test func rejectsAValueWithTwoTypes() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(AttributeValue.self, from: Data(#"{"string":"a","int":1}"#.utf8))
        }
    }
}

@Suite struct ResourceAddressTests {
    @Test(arguments: [
        "unit.Workloads/Production", "membership.admins/alice", "guardrail-attachment.deny-root-user@ou.v2",
    ])
    func parsesWhatItPrints(_ text: String) throws {
        let address = try #require(ResourceAddress(parsing: text))
        #expect(address.description == text)
    }

    @Test(arguments: ["", "unit", "unit.", ".name"])
    func rejectsMalformedText(_ text: String) {
        #expect(ResourceAddress(parsing: text) == nil)
    }

    @Test func wellKnownKindsSortInTheirOwnOrder() {
        let kinds: [ResourceKind] = [
            .trail, .assignment, ResourceKind("zeta"), .unit, .membership, ResourceKind("alpha"), .account,
        ]
        #expect(
            kinds.sorted() == [
                .unit, .account, .membership, .assignment, .trail, ResourceKind("alpha"), ResourceKind("zeta"),
            ])
    }
}

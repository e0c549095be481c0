import Support
import Testing
import YAML

@Suite("YAML parser")
struct YAMLParserTests {
    private func parse(_ text: String, limits: YAMLParser.Limits = .default) throws -> YAMLNode {
        try #require(try YAMLParser.parse(text, file: "t.yaml", limits: limits))
    }

    private func failure(_ text: String, limits: YAMLParser.Limits = .default) -> [Diagnostic] {
        do {
            _ = try YAMLParser.parse(text, file: "t.yaml", limits: limits)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func keysValuesAndSequencesCarryLineAndColumn() throws {
        let root = try parse(
            """
            version: 1
            accounts:
              prod: { email: "p@x.example", unit: Prod }
            list:
              - a
              -   b
            """
        )
        let pairs = try #require(root.mapping)
        #expect(pairs.map { $0.key.scalar?.value } == ["version", "accounts", "list"])
        #expect(pairs[0].key.location == SourceLocation(file: "t.yaml", line: 1, column: 1))
        #expect(pairs[0].value.location == SourceLocation(file: "t.yaml", line: 1, column: 10))
        let prod = try #require(root["accounts"]?["prod"])
        #expect(prod.location.line == 3 && prod.location.column == 9)
        let email = try #require(prod["email"])
        #expect(email.scalar?.value == "p@x.example")
        #expect(email.scalar?.style == .doubleQuoted)
        #expect(email.location.column == 18)
        let list = try #require(root["list"])
        #expect(list.location.line == 5 && list.location.column == 3)
        let items = try #require(list.sequence)
        #expect(items.map(\.location.column) == [5, 7])
        #expect(items.map(\.location.line) == [5, 6])
    }

    @Test func columnsCountUnicodeScalarsNotBytes() throws {
        let root = try parse("name: \"Zoë\"\nnote: é x\nnext: 1\n")
        #expect(root["next"]?.location.column == 7)
        let pairs = try #require(root.mapping)
        #expect(pairs[1].value.location.column == 7)
        #expect(root["name"]?.scalar?.value == "Zoë")
    }

    @Test func quotedScalarsStayText() throws {
        let root = try parse("a: true\nb: \"true\"\nc: 'false'\nd: !!str true\ne: ~\nf:\ng: 12\nh: \"12\"\ni: no\n")
        #expect(root["a"]?.scalar?.bool == true)
        #expect(root["a"]?.scalar?.string == nil)
        #expect(root["b"]?.scalar?.bool == nil)
        #expect(root["b"]?.scalar?.string == "true")
        #expect(root["c"]?.scalar?.string == "false")
        #expect(root["d"]?.scalar?.bool == nil)
        #expect(root["d"]?.scalar?.string == "true")
        #expect(root["e"]?.isNull == true)
        #expect(root["f"]?.isNull == true)
        #expect(root["g"]?.scalar?.int == 12)
        #expect(root["h"]?.scalar?.int == nil)
        // YAML 1.2 core schema: `no` is text, not false.
        #expect(root["i"]?.scalar?.bool == nil)
        #expect(root["i"]?.scalar?.string == "no")
    }

    @Test func duplicateKeysAreAllReportedWithBothPositions() {
        let diagnostics = failure("a: 1\nb: 2\na: 3\nm:\n  x: 1\n  x: 2\n")
        #expect(
            diagnostics.map(\.description) == [
                "t.yaml:3:1: error: duplicate key 'a'; it is already defined at 1:1, so keep one of the two",
                "t.yaml:6:3: error: duplicate key 'x'; it is already defined at 5:3, so keep one of the two",
            ])
    }

    @Test func sameKeyInDifferentMappingsIsFine() throws {
        let root = try parse("a: {x: 1}\nb: {x: 2}\n")
        #expect(root["b"]?["x"]?.scalar?.int == 2)
    }

    @Test func malformedYAMLIsReportedAtLibYAMLsProblemMark() {
        let diagnostics = failure("a: 1\nb: [1, 2\nc: 3\n")
        #expect(diagnostics.count == 1)
        let message = diagnostics.first?.description ?? ""
        #expect(message.hasPrefix("t.yaml:3:2: error: invalid YAML: did not find expected ',' or ']'"))
        #expect(message.contains("while parsing a flow sequence at line 2, column 4"))
    }

    @Test func problemsAtTheEndOfAFileWithoutANewlinePointAtItsLastLine() {
        // libyaml puts the end of such a stream on a line that does not exist.
        #expect(failure("a: [1, 2").map(\.location) == [SourceLocation(file: "t.yaml", line: 1, column: 9)])
        #expect(failure("a: 1\nb: \"é").map(\.location) == [SourceLocation(file: "t.yaml", line: 2, column: 6)])
        #expect(failure("a: [1, 2\n").map(\.location) == [SourceLocation(file: "t.yaml", line: 2, column: 1)])
    }

    @Test func controlCharactersArePinpointed() {
        let diagnostics = failure("a: 1\nbé: x\u{7}y\n")
        #expect(
            diagnostics.map(\.description) == [
                "t.yaml:2:6: error: invalid YAML: control characters are not allowed"
            ])
    }

    @Test func mappingValueInPlainScalarIsASyntaxError() {
        let diagnostics = failure("key: a: b\n")
        #expect(
            diagnostics.map(\.description) == [
                "t.yaml:1:7: error: invalid YAML: mapping values are not allowed in this context"
            ])
    }

    @Test func deepNestingIsRefused() {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        let diagnostics = failure(deep)
        #expect(diagnostics.map(\.description) == ["t.yaml:1:65: error: nesting deeper than 64 levels is refused"])
    }

    @Test func nestingAtTheLimitIsAccepted() throws {
        let text = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        _ = try parse(text)
    }

    @Test func billionLaughsIsRefused() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        let names = ["b", "c", "d", "e", "f", "g", "h", "i"]
        var previous = "a"
        for name in names {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
            previous = name
        }
        let diagnostics = failure(text)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("alias bomb") == true)
        #expect(diagnostics.first?.location?.line == 4)
    }

    @Test func smallAliasesExpandToCopies() throws {
        let root = try parse("base: &b {x: 1}\nother: *b\n")
        #expect(root["other"]?["x"]?.scalar?.int == 1)
        #expect(root["other"]?.location == SourceLocation(file: "t.yaml", line: 2, column: 8))
    }

    @Test func aliasThatWouldExceedTheDepthLimitIsRefused() {
        let limits = YAMLParser.Limits(maxDepth: 4)
        let diagnostics = failure("a: &a [[[1]]]\nb: [*a]\n", limits: limits)
        #expect(diagnostics.first?.message == "alias '*a' nests deeper than 4 levels and is refused")
    }

    @Test func undefinedAliasIsReported() {
        let diagnostics = failure("a: *nope\n")
        #expect(
            diagnostics.first?.description
                == "t.yaml:1:4: error: alias '*nope' refers to no anchor defined before it; define '&nope' first")
    }

    @Test func secondDocumentIsRefused() {
        let diagnostics = failure("a: 1\n---\nb: 2\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == SourceLocation(file: "t.yaml", line: 2, column: 1))
        #expect(diagnostics.first?.message.hasPrefix("a second YAML document starts here") == true)
    }

    @Test func oversizedInputIsRefusedBeforeParsing() {
        let diagnostics = failure(String(repeating: "a", count: 101), limits: YAMLParser.Limits(maxBytes: 100))
        #expect(diagnostics.first?.message.hasPrefix("input is 101 bytes, more than the 100-byte limit") == true)
    }

    @Test func tooManyNodesIsRefused() {
        let text = "[" + Array(repeating: "1", count: 50).joined(separator: ",") + "]"
        let diagnostics = failure(text, limits: YAMLParser.Limits(maxNodes: 20))
        #expect(diagnostics.first?.message == "the document has more than 20 nodes and is refused")
    }

    @Test func emptyStreamHasNoRoot() throws {
        #expect(try YAMLParser.parse("# only a comment\n", file: "t.yaml") == nil)
        #expect(try YAMLParser.parse("", file: "t.yaml") == nil)
    }

    @Test func explicitTagsAreResolvedToTheirFullForm() throws {
        let root = try parse("a: !!str 1\n")
        #expect(root["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["a"]?.scalar?.string == "1")
        #expect(root["a"]?.scalar?.int == nil)
    }
}

@Suite("YAML streams")
struct YAMLStreamTests {
    @Test func parseDocumentsReadsEachDocument() throws {
        let documents = try YAMLParser.parseDocuments("a: 1\n---\nb: 2\n---\n", file: "t.yaml")
        #expect(documents.count == 2)
        #expect(documents[1]["b"]?.scalar?.int == 2)
        #expect(documents[1].location == SourceLocation(file: "t.yaml", line: 3, column: 1))
    }

    @Test func anchorsDoNotCrossDocuments() {
        #expect(throws: DiagnosticsError.self) {
            try YAMLParser.parseDocuments("a: &x 1\n---\nb: *x\n", file: "t.yaml")
        }
    }
}

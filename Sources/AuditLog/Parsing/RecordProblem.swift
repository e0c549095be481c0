/// Why one record could not be normalized; the parser adds the file, record index and offset.
struct RecordProblem: Error {
    var code: LogParseError.Code
    var message: String

    static func missing(_ field: String, in source: String) -> RecordProblem {
        RecordProblem(
            code: .missingField,
            message: "the \(source) record has no '\(field)' field (or it has the wrong type); "
                + "check that the file really holds \(source) records, or pass --source"
        )
    }

    static func badTimestamp(_ field: String, _ value: String) -> RecordProblem {
        RecordProblem(code: .badTimestamp, message: "'\(field)' is not a valid timestamp: '\(value.prefix(64))'")
    }
}

/// Byte-level lookups for the ASCII delimiters in ARNs and ids: the `Character` versions walk
/// grapheme clusters and showed up in profiles of the ingest path.
extension String {
    /// Whether the text has an `@`, the cheap test for "this user name is an email address".
    var containsAt: Bool { utf8.contains(UInt8(ascii: "@")) }

    /// The text after the last `byte`, or nil when there is none.
    func after(last byte: UInt8) -> Substring? {
        guard let index = utf8.lastIndex(of: byte) else { return nil }
        return self[utf8.index(after: index)...]
    }

    /// The text after the first `byte`, or nil when there is none.
    func after(first byte: UInt8) -> Substring? {
        guard let index = utf8.firstIndex(of: byte) else { return nil }
        return self[utf8.index(after: index)...]
    }

    /// The text before the first `byte`, or nil when there is none.
    func before(first byte: UInt8) -> Substring? {
        guard let index = utf8.firstIndex(of: byte) else { return nil }
        return self[..<index]
    }
}

import AuditLog

extension LogStore {
    /// Every way a person might name the actor, lowercased: id, name, email, session, the role
    /// it came through, that role's name, and for an IAM Identity Center role its permission set.
    static func actorTerms(_ actor: Event.Actor) -> [String] {
        var terms: [String] = []
        func add(_ value: String?) {
            guard let value, !value.isEmpty else { return }
            let term = value.lowercased()
            if !terms.contains(term) { terms.append(term) }
        }
        for value in [actor.id, actor.name, actor.email, actor.session, actor.viaRole] { add(value) }
        if let role = actor.viaRole, let name = roleName(role) {
            add(name)
            // AWSReservedSSO_<PermissionSet>_<suffix>: the permission set is what people call it.
            if name.hasPrefix(ssoRolePrefix), let last = name.lastIndex(of: "_") {
                let start = name.index(name.startIndex, offsetBy: ssoRolePrefix.count)
                if start < last { add(String(name[start..<last])) }
            }
        }
        return terms
    }

    /// `actorTerms(actor).map(termHash)`, computed on the bytes without building a String per
    /// term: this runs for every record on the ingest path, where the String version was a
    /// tenth of the CPU. Non-ASCII actors (rare) take the String path, whose Unicode
    /// lowercasing and comparison rules are the reference.
    static func actorTermHashes(_ actor: Event.Actor) -> [Int64] {
        let values = [actor.id, actor.name, actor.email, actor.session, actor.viaRole]
        var total = 0
        for value in values { total += value?.utf8.count ?? 0 }
        // Room for every value lowercased plus the role name and permission set (both inside viaRole).
        let capacity = total + 3 * (actor.viaRole?.utf8.count ?? 0) + 1
        let hashes = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { scratch -> [Int64]? in
            withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: 7) { ranges -> [Int64]? in
                guard let bytes = scratch.baseAddress, let seen = ranges.baseAddress else { return nil }
                var terms = TermCollector(bytes: bytes, ranges: seen)
                for value in values {
                    guard let value else { continue }
                    guard terms.addLowercased(value) else { return nil }
                }
                guard let role = actor.viaRole else { return terms.hashes }
                // The role's bytes as written (case kept) sit after the lowercased copies.
                let original = terms.used
                guard terms.copy(role) else { return nil }
                let roleBytes = UnsafeBufferPointer(start: bytes + original, count: terms.used - original)
                guard let name = roleNameRange(roleBytes) else { return terms.hashes }
                let nameStart = original + name.lowerBound
                let nameEnd = original + name.upperBound
                terms.addLowercased(from: nameStart..<nameEnd)
                let prefix = ssoRolePrefix.utf8
                let nameBytes = UnsafeBufferPointer(start: bytes + nameStart, count: nameEnd - nameStart)
                if nameBytes.starts(with: prefix), let last = nameBytes.lastIndex(of: UInt8(ascii: "_")),
                    prefix.count < last
                {
                    terms.addLowercased(from: (nameStart + prefix.count)..<(nameStart + last))
                }
                return terms.hashes
            }
        }
        return hashes ?? actorTerms(actor).map(termHash)
    }

    /// FNV-1a (64-bit) of a term's UTF-8 bytes: stable across processes and versions, unlike
    /// `Hasher`, and cheap enough to run six times per record.
    static func termHash(_ term: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in term.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return Int64(bitPattern: hash)
    }

    /// `Admin` from `arn:aws:sts::1:assumed-role/Admin/alice` or `arn:aws:iam::1:role/path/Admin`.
    static func roleName(_ role: String) -> String? {
        // Byte-level because this runs for every record on the ingest path. Every delimiter is
        // ASCII, so the cuts fall between UTF-8 sequences whatever the text holds.
        var role = role
        return role.withUTF8 { bytes in
            roleNameRange(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
        }
    }

    /// The prefix IAM Identity Center gives the roles it creates for permission sets.
    static let ssoRolePrefix = "AWSReservedSSO_"

    /// Where the role name sits in a role ARN: the first non-empty path component after
    /// `:assumed-role/`, otherwise the last non-empty path component; nil without a `/`.
    static func roleNameRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let slash = UInt8(ascii: "/")
        if let marker = firstOccurrence(of: ":assumed-role/", in: bytes) {
            var start = marker
            while start < bytes.count, bytes[start] == slash { start += 1 }
            guard start < bytes.count else { return nil }
            var end = start
            while end < bytes.count, bytes[end] != slash { end += 1 }
            return start..<end
        }
        guard bytes.contains(slash) else { return nil }
        var end = bytes.count
        while end > 0, bytes[end - 1] == slash { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        while start > 0, bytes[start - 1] != slash { start -= 1 }
        return start..<end
    }

    /// The offset just past the first occurrence of `marker`, or nil.
    private static func firstOccurrence(of marker: StaticString, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let size = marker.utf8CodeUnitCount
        let pattern = marker.utf8Start
        guard size > 0, bytes.count >= size else { return nil }
        var k = 0
        while k <= bytes.count - size {
            if bytes[k] == pattern[0] {
                var match = true
                for j in 1..<size where bytes[k + j] != pattern[j] {
                    match = false
                    break
                }
                if match { return k + size }
            }
            k += 1
        }
        return nil
    }
}

/// Lowercased ASCII terms written one after another into a scratch buffer, deduplicated by
/// their bytes (which for ASCII is what String equality means), with their hashes in order.
private struct TermCollector {
    let bytes: UnsafeMutablePointer<UInt8>
    let ranges: UnsafeMutablePointer<Range<Int>>
    var used = 0
    var count = 0
    var hashes: [Int64] = []

    init(bytes: UnsafeMutablePointer<UInt8>, ranges: UnsafeMutablePointer<Range<Int>>) {
        self.bytes = bytes
        self.ranges = ranges
        hashes.reserveCapacity(7)
    }

    /// Appends `value` lowercased as a term; false when it is not ASCII.
    mutating func addLowercased(_ value: String) -> Bool {
        let start = used
        var value = value
        let ascii = value.withUTF8 { source -> Bool in
            for byte in source {
                guard byte < 0x80 else { return false }
                bytes[used] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                used += 1
            }
            return true
        }
        guard ascii else { return false }
        commit(start..<used)
        return true
    }

    /// Appends `value` as written (no term); false when it is not ASCII.
    mutating func copy(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { source -> Bool in
            for byte in source {
                guard byte < 0x80 else { return false }
                bytes[used] = byte
                used += 1
            }
            return true
        }
    }

    /// Appends the bytes at `range` (already in the buffer) lowercased, as a term.
    mutating func addLowercased(from range: Range<Int>) {
        let start = used
        for k in range {
            let byte = bytes[k]
            bytes[used] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
            used += 1
        }
        commit(start..<used)
    }

    /// Keeps the term at `range` unless it is empty or already there.
    private mutating func commit(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        for k in 0..<count {
            let other = ranges[k]
            if other.count == range.count && same(other.lowerBound, range.lowerBound, range.count) {
                used = range.lowerBound
                return
            }
        }
        ranges[count] = range
        count += 1
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in range {
            hash ^= UInt64(bytes[k])
            hash &*= 0x0000_0100_0000_01b3
        }
        hashes.append(Int64(bitPattern: hash))
    }

    private func same(_ a: Int, _ b: Int, _ count: Int) -> Bool {
        for k in 0..<count where bytes[a + k] != bytes[b + k] { return false }
        return true
    }
}

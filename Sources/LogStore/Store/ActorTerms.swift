import AuditLog

extension LogStore {
    /// Every way a person might name the actor, lowercased: id, name, email, session, the role
    /// it came through, that role's name, and for an IAM Identity Center role its permission set.
    static func actorTerms(_ actor: Event.Actor) -> [String] {
        terms(of: actor, indexed: false)
    }

    /// The terms the actor index stores: `actorTerms` without the two a query finds through
    /// another term (`actorProbeTerms`), which makes the index a third smaller (3.5 → 2.4 rows
    /// per record at 1M CloudTrail records) and the ingest's longest sort shorter:
    /// - a principal id `<role id>:<session name>` whose session name is also the actor's name,
    ///   email or session (CloudTrail's id of an assumed role): found through that term;
    /// - the role ARN, when it has a role name: found through the role name.
    /// A value that is also another of the actor's fields (a name equal to the id) is still stored.
    static func indexedActorTerms(_ actor: Event.Actor) -> [String] {
        terms(of: actor, indexed: true)
    }

    private static func terms(of actor: Event.Actor, indexed: Bool) -> [String] {
        var terms: [String] = []
        func add(_ value: String?) {
            guard let value, !value.isEmpty else { return }
            let term = value.lowercased()
            if !terms.contains(term) { terms.append(term) }
        }
        if !(indexed && isSessionPrincipal(actor)) { add(actor.id) }
        for value in [actor.name, actor.email, actor.session] { add(value) }
        let name = actor.viaRole.flatMap(roleName)
        if !(indexed && name != nil) { add(actor.viaRole) }
        if let name {
            add(name)
            // AWSReservedSSO_<PermissionSet>_<suffix>: the permission set is what people call it.
            if name.hasPrefix(ssoRolePrefix), let last = name.lastIndex(of: "_") {
                let start = name.index(name.startIndex, offsetBy: ssoRolePrefix.count)
                if start < last { add(String(name[start..<last])) }
            }
        }
        return terms
    }

    /// The index terms under which a record one of whose `actorTerms` is `term` (lowercased) is
    /// found: the term itself, the part after its first `:` (a principal id's session) and its
    /// role name (a role ARN's). A query reads all of them and re-checks each record.
    static func actorProbeTerms(_ term: String) -> [String] {
        var probes = [term]
        if let colon = term.firstIndex(of: ":") {
            let session = String(term[term.index(after: colon)...])
            if !session.isEmpty, !probes.contains(session) { probes.append(session) }
        }
        if let name = roleName(term), !name.isEmpty, !probes.contains(name) { probes.append(name) }
        return probes
    }

    /// True when the actor's id is `<anything>:<x>` where x is the actor's name, email or session,
    /// compared as `actorTerms` compares.
    static func isSessionPrincipal(_ actor: Event.Actor) -> Bool {
        guard let id = actor.id, let colon = id.firstIndex(of: ":") else { return false }
        let suffix = id[id.index(after: colon)...].lowercased()
        guard !suffix.isEmpty else { return false }
        return [actor.name, actor.email, actor.session].contains { $0?.lowercased() == suffix }
    }

    /// `indexedActorTerms(actor).map(termHash)`, computed on the bytes without building a String
    /// per term: this runs for every record on the ingest path, where the String version was a
    /// tenth of the CPU. Non-ASCII actors (rare) take the String path, whose Unicode
    /// lowercasing and comparison rules are the reference.
    static func actorTermHashes(_ actor: Event.Actor) -> [Int64] {
        var total = 0
        for value in [actor.id, actor.name, actor.email, actor.session] { total += value?.utf8.count ?? 0 }
        let roleCount = actor.viaRole?.utf8.count ?? 0
        // Every value lowercased, plus the role name and permission set (both inside viaRole),
        // each behind a 4-byte length.
        let capacity = total + 3 * roleCount + 4 * 7
        let hashes = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { scratch -> [Int64]? in
            guard let bytes = scratch.baseAddress else { return nil }
            var terms = TermCollector(bytes: bytes)
            // Both tests read only ASCII fields as bytes; anything else takes the String path.
            guard let skipID = asciiIsSessionPrincipal(actor) else { return nil }
            // The role is read as bytes only when it is ASCII; its role name is found once.
            var nameRange: Range<Int>?
            if let role = actor.viaRole {
                guard role.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 < 0x80 } }) == true else {
                    return nil
                }
                nameRange = role.utf8.withContiguousStorageIfAvailable(roleNameRange) ?? nil
            }
            guard skipID || terms.add(actor.id), terms.add(actor.name), terms.add(actor.email),
                terms.add(actor.session), nameRange != nil || terms.add(actor.viaRole)
            else { return nil }
            guard let role = actor.viaRole, let nameRange else { return terms.hashes }
            _ = role.utf8.withContiguousStorageIfAvailable { role in
                let nameBytes = UnsafeBufferPointer(rebasing: role[nameRange])
                terms.add(lowercasing: nameBytes)
                let prefix = ssoRolePrefix.utf8
                if nameBytes.starts(with: prefix), let last = nameBytes.lastIndex(of: UInt8(ascii: "_")),
                    prefix.count < last
                {
                    terms.add(lowercasing: UnsafeBufferPointer(rebasing: nameBytes[prefix.count..<last]))
                }
            }
            return terms.hashes
        }
        return hashes ?? indexedActorTerms(actor).map(termHash)
    }

    /// `isSessionPrincipal` on ASCII bytes; nil when a field it reads is not contiguous ASCII.
    private static func asciiIsSessionPrincipal(_ actor: Event.Actor) -> Bool? {
        guard let id = actor.id, id.utf8.contains(UInt8(ascii: ":")) else { return false }
        let result = id.utf8.withContiguousStorageIfAvailable { id -> Bool? in
            guard id.allSatisfy({ $0 < 0x80 }), let colon = id.firstIndex(of: UInt8(ascii: ":")) else { return nil }
            let suffix = UnsafeBufferPointer(rebasing: id[(colon + 1)...])
            guard !suffix.isEmpty else { return false }
            for candidate in [actor.name, actor.email, actor.session] {
                guard let candidate else { continue }
                let equal = candidate.utf8.withContiguousStorageIfAvailable { other -> Bool? in
                    guard other.allSatisfy({ $0 < 0x80 }) else { return nil }
                    guard other.count == suffix.count else { return false }
                    for k in 0..<other.count where lowerASCII(other[k]) != lowerASCII(suffix[k]) { return false }
                    return true
                }
                guard let equal, let equal else { return nil }
                if equal { return true }
            }
            return false
        }
        return result ?? nil
    }

    private static func lowerASCII(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
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

/// Lowercased ASCII terms written one after another into a scratch buffer, each behind its
/// 4-byte length, deduplicated by their bytes (which for ASCII is what String equality means),
/// with their hashes in order.
private struct TermCollector {
    let bytes: UnsafeMutablePointer<UInt8>
    var used = 0
    var hashes: [Int64] = []

    init(bytes: UnsafeMutablePointer<UInt8>) {
        self.bytes = bytes
        hashes.reserveCapacity(7)
    }

    /// Adds `value` lowercased as a term; false when it is not ASCII (or not contiguous UTF-8),
    /// which the String path must handle.
    mutating func add(_ value: String?) -> Bool {
        guard let value else { return true }
        let added = value.utf8.withContiguousStorageIfAvailable { source -> Bool in
            guard source.allSatisfy({ $0 < 0x80 }) else { return false }
            add(lowercasing: source)
            return true
        }
        return added ?? false
    }

    /// Adds ASCII `source` lowercased as a term, unless it is empty or already there.
    mutating func add(lowercasing source: UnsafeBufferPointer<UInt8>) {
        let count = source.count
        guard count > 0 else { return }
        let start = used + 4
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in 0..<count {
            let byte = source[k]
            let lower = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
            bytes[start + k] = lower
            hash ^= UInt64(lower)
            hash &*= 0x0000_0100_0000_01b3
        }
        var offset = 0
        while offset < used {
            let length = Int(UnsafeRawPointer(bytes + offset).loadUnaligned(as: UInt32.self))
            if length == count && same(offset + 4, start, count) { return }
            offset += 4 + length
        }
        UnsafeMutableRawPointer(bytes + used).storeBytes(of: UInt32(truncatingIfNeeded: count), as: UInt32.self)
        used = start + count
        hashes.append(Int64(bitPattern: hash))
    }

    private func same(_ a: Int, _ b: Int, _ count: Int) -> Bool {
        for k in 0..<count where bytes[a + k] != bytes[b + k] { return false }
        return true
    }
}

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
            if name.hasPrefix("AWSReservedSSO_"), let last = name.lastIndex(of: "_") {
                let start = name.index(name.startIndex, offsetBy: "AWSReservedSSO_".count)
                if start < last { add(String(name[start..<last])) }
            }
        }
        return terms
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
        // Byte-level (the ARNs are ASCII) because this runs for every record on the ingest path.
        let bytes = role.utf8
        let slash = UInt8(ascii: "/")
        if let marker = bytes.firstRange(of: ":assumed-role/".utf8) {
            return bytes[marker.upperBound...].split(separator: slash).first.map { String(Substring($0)) }
        }
        guard bytes.contains(slash) else { return nil }
        return bytes.split(separator: slash).last.map { String(Substring($0)) }
    }
}

import Compliance

extension CheckStatus {
    /// The saturated colour of the status (text, borders, legend): green, red, amber, grey.
    var colour: String {
        switch self {
        case .pass: "#1a7f37"
        case .fail: "#cf222e"
        case .manual: "#9a6700"
        case .error: "#57606a"
        }
    }

    /// The pale fill of a node or badge of the status.
    var fill: String {
        switch self {
        case .pass: "#dafbe1"
        case .fail: "#ffebe9"
        case .manual: "#fff3c4"
        case .error: "#e6e9ed"
        }
    }

    /// What the status means, for legends.
    var meaning: String {
        switch self {
        case .pass: "meets the check"
        case .fail: "violates the check"
        case .manual: "needs evidence from a person"
        case .error: "could not be checked"
        }
    }

    /// Statuses as reports list them: the worst first.
    static var reportOrder: [CheckStatus] { [.fail, .error, .manual, .pass] }
}

extension AuditResult {
    /// `PASS (attested)` for a pass that rests on an attestation, the status otherwise.
    var statusLabel: String { attestation != nil ? "\(status.rawValue) (attested)" : status.rawValue }

    /// A stable id for the result across runs: check, resource and an FNV-1a hash of the
    /// message, so two results of one check on one resource stay distinct.
    var fingerprint: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(checkID)\u{0}\(resource)\u{0}\(message)".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension AuditScope {
    /// `account prod`, `unit Workloads/Production`, `organization`.
    var label: String {
        switch self {
        case .organization: "organization"
        case .unit(let path): "unit \(path)"
        case .account(let key): "account \(key)"
        }
    }
}

/// Escapes text for HTML and XML content and attribute values.
enum Markup {
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }
}

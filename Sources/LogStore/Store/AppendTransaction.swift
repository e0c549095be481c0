import Foundation

/// An open append: the frontier the transaction started from, the frontier with every record
/// written so far, the key that will sign the new head and the time it will carry.
struct AppendTransaction {
    let base: CompactRange
    var working: CompactRange
    let signer: NoteSignerKey
    let now: Date
}

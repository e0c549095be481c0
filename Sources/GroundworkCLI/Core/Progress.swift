import Synchronization

/// A single progress line on stderr, redrawn in place on a terminal and silent otherwise, so
/// long work (ingest, apply) shows it is alive without polluting logs or pipes.
public final class Progress: Sendable {
    private let console: Console
    private let state = Mutex<(lastDraw: ContinuousClock.Instant?, visible: Bool)>((nil, false))

    public init(console: Console) {
        self.console = console
    }

    /// Redraws the line, at most ten times a second.
    public func update(_ text: String) {
        guard console.showsProgress else { return }
        let now = ContinuousClock.now
        let draw = state.withLock { state -> Bool in
            if let last = state.lastDraw, now - last < .milliseconds(100) { return false }
            state = (now, true)
            return true
        }
        if draw { console.err.write("\r\u{1B}[2K" + text) }
    }

    /// Clears the line so the next output starts clean.
    public func finish() {
        guard console.showsProgress else { return }
        let wasVisible = state.withLock { state -> Bool in
            defer { state = (nil, false) }
            return state.visible
        }
        if wasVisible { console.err.write("\r\u{1B}[2K") }
    }
}

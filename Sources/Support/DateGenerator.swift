public import Foundation

/// The current time, injected so tests and signatures can pin it.
public struct DateGenerator: Sendable {
    private let now: @Sendable () -> Date

    public init(_ now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    public func callAsFunction() -> Date { now() }

    /// The system clock.
    public static let system = DateGenerator { Date() }

    /// A clock stopped at `date`.
    public static func constant(_ date: Date) -> DateGenerator { DateGenerator { date } }
}

import FlagdeskCore
import FlagdeskStore
import Foundation

/// Which clock the desk acts on (DESIGN.md §7, §9): writes take the real clock. `--now` answers
/// what-if questions on reading commands; only a desk created with a simulated clock (a test
/// desk) lets it date writes, never earlier than the trail's last event, and says so on each.
public enum DeskClock: Sendable, Equatable {
    /// No `--now`: the real clock.
    case real
    /// `--now` on a real desk: reading only.
    case whatIf
    /// `--now` on a desk created with `init --simulated-clock`.
    case simulated
    /// `init --demo` writing its synthetic history into the empty store it has just created.
    case demo

    static let whatIfRefusal = "--now answers what-if questions; writes use the clock"
}

extension Desk {
    /// Every writing use case asks this before it does anything (before a mail or a file leaves).
    func requireWritableClock() throws(EngineError) {
        switch clock {
        case .real, .demo: return
        case .whatIf: throw .refused(DeskClock.whatIfRefusal)
        case .simulated:
            let latest = try storeRead { db in try AuditTrail.latestInstant(in: db) }
            try requireNotBefore(latest)
        }
    }

    private func requireNotBefore(_ latest: Date?) throws(EngineError) {
        guard let latest, now < latest else { return }
        throw .refused(
            "--now \(ISO8601.format(now)) is before the trail's last event (\(ISO8601.format(latest))); "
                + "a simulated clock never moves the trail backwards")
    }

    /// The event as it goes on the trail: one made at a simulated instant says so.
    func stamped(_ entry: AuditEntry) -> AuditEntry {
        guard clock == .simulated else { return entry }
        var entry = entry
        entry.payload["clock"] = "simulated"
        return entry
    }

    /// Appends an event after checking the clock again inside the transaction (another process
    /// may have written a later event since `requireWritableClock`).
    @discardableResult
    func appendEvent(_ entry: AuditEntry, in db: StoreTransaction) throws -> AuditEvent {
        try checkClock(in: db)
        return try AuditTrail.append(stamped(entry), in: db)
    }

    /// The clock check inside a write transaction, for writers that chain events themselves.
    func checkClock(in db: StoreTransaction) throws {
        switch clock {
        case .real, .demo: break
        case .whatIf: throw EngineError.refused(DeskClock.whatIfRefusal)
        case .simulated: try requireNotBefore(try AuditTrail.latestInstant(in: db))
        }
    }
}

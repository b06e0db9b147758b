import Foundation

/// A case: the items of one person or one operation across platforms (DESIGN.md §3 `cases`).
/// Its state follows its items: open while any item is open (or while it has none yet); the
/// store keeps the counts below in step with the items in the same transaction.
public struct Case: Sendable, Equatable, Codable {
    public var id: Int64
    /// `C-2026-00042`.
    public var reference: String
    /// Free text as typed (shown only through the sanitiser); erased when the case's items are.
    public var title: String
    public var personID: Int64?
    public var status: CaseStatus
    /// LEA asked to wait: every item of the case is held, and items added later are held too.
    public var leaHold: Bool
    public var itemCount: Int
    public var openItemCount: Int
    /// Some open item is flagged as a threat to life or safety (it sorts first everywhere).
    public var threatToLife: Bool
    /// The earliest open deadline of the case's open items.
    public var nextDeadlineAt: Date?
    public var createdAt: Date
    public var createdBy: String
    public var closedAt: Date?
    /// When the retention purge erased the title (every item of the case purged).
    public var purgedAt: Date?
    public var version: Int

    public init(
        id: Int64 = 0, reference: String = "", title: String, personID: Int64? = nil, status: CaseStatus = .open,
        leaHold: Bool = false, itemCount: Int = 0, openItemCount: Int = 0, threatToLife: Bool = false,
        nextDeadlineAt: Date? = nil, createdAt: Date, createdBy: String, closedAt: Date? = nil, purgedAt: Date? = nil,
        version: Int = 1
    ) {
        self.id = id
        self.reference = reference
        self.title = title
        self.personID = personID
        self.status = status
        self.leaHold = leaHold
        self.itemCount = itemCount
        self.openItemCount = openItemCount
        self.threatToLife = threatToLife
        self.nextDeadlineAt = nextDeadlineAt
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.closedAt = closedAt
        self.purgedAt = purgedAt
        self.version = version
    }

    /// Whether the case's earliest deadline has passed at `now`.
    public func isOverdue(at now: Date) -> Bool {
        guard let nextDeadlineAt else { return false }
        return nextDeadlineAt < now
    }
}

public enum CaseStatus: String, Sendable, Codable, CaseIterable {
    case open, closed
}

/// Why two items are proposed for the same case. A person confirms; nothing groups by itself.
public enum SameContentReason: Sendable, Equatable, Hashable, Codable {
    /// Evidence files with this SHA-256 were captured for both.
    case evidenceSHA256(String)
    /// Both URLs normalise to this.
    case normalizedURL(String)

    public var text: String {
        switch self {
        case .evidenceSHA256(let hash): return "same evidence SHA-256 \(hash.prefix(16))…"
        case .normalizedURL(let url): return "same normalised URL \(url)"
        }
    }
}

import Foundation

/// A data subject or victim (DESIGN.md §3 `people`), as the workflow sees them: a pseudonym,
/// their mandate, their wishes and whether they consent to their details going to law
/// enforcement. Their identity and contact details are never part of this value: they stay
/// sealed in the store.
public struct Person: Sendable, Equatable, Codable {
    public var id: Int64
    /// How records and documents name the person ("Linden-17"): never their real name.
    public var pseudonym: String
    public var mandate: Mandate?
    /// What the person asked for, in their words ("no contact by phone", "no takedown before
    /// the police is told"): shown wherever a document is drafted for them.
    public var wishes: [String]
    /// The wishes the engine enforces (`WishKind`), each refusal naming the one it applies.
    public var structuredWishes: [PersonWish]
    /// The team member (flagger or support worker) assigned to the person: with a coordinator,
    /// the one who may change their consent, mandate and wishes, and reveal their details.
    public var assignee: String?
    public var consentsToLEA: Bool
    public var createdAt: Date
    public var updatedAt: Date
    public var version: Int
    /// When `flagdesk purge` erased the person's details (retention period over, GDPR
    /// Art. 5(1)(e)): the row stays for the report and the audit trail, but nothing new is
    /// recorded about or for them.
    public var purgedAt: Date?

    public init(
        id: Int64 = 0, pseudonym: String, mandate: Mandate? = nil, wishes: [String] = [], consentsToLEA: Bool = false,
        createdAt: Date, updatedAt: Date? = nil, version: Int = 1, purgedAt: Date? = nil,
        structuredWishes: [PersonWish] = [], assignee: String? = nil
    ) {
        self.id = id
        self.pseudonym = pseudonym
        self.mandate = mandate
        self.wishes = wishes
        self.consentsToLEA = consentsToLEA
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.version = version
        self.purgedAt = purgedAt
        self.structuredWishes = structuredWishes
        self.assignee = assignee
    }

    /// The enforced wishes of one kind.
    public func wishes(_ kind: WishKind) -> [PersonWish] { structuredWishes.filter { $0.kind == kind } }

    /// What document validation needs to know of the person.
    public var dataSubject: DataSubject {
        DataSubject(pseudonym: pseudonym, mandate: mandate, consentsToLEA: consentsToLEA)
    }
}

import FlagdeskCore
import FlagdeskStore
import Foundation

// The store's case values the fronts name (see StoreValueTypes.swift).
public typealias SameContentMatch = FlagdeskStore.SameContentMatch
public typealias PersonListRow = FlagdeskStore.PersonListRow

/// A window of the case list, most urgent first.
public struct CaseList: Sendable, Equatable {
    public var cases: [Case]
    /// Cases in the list as a whole (not only this window).
    public var total: Int
    /// Open cases whose earliest deadline has passed.
    public var overdue: Int
}

/// The items of a case on one hosting provider (or one host the directory does not know).
public struct CaseProviderGroup: Sendable, Equatable {
    /// The directory key; nil for items whose host no provider claims.
    public var providerKey: String?
    /// The provider's name, else the host.
    public var name: String
    public var items: [Item]
}

/// A case with everything `case show` and the case view show.
public struct CaseDetail: Sendable, Equatable {
    public var record: Case
    /// The person the case is about, by pseudonym only (sealed values never appear here).
    public var person: Person?
    public var providers: [CaseProviderGroup]
    /// Documents covering any item of the case, oldest first.
    public var documents: [DocumentRecord]
    /// Open deadlines of those documents, most urgent first.
    public var deadlines: [DeadlineRow]
    /// The case's own trail (created, items added and removed, holds, drafts), oldest first.
    public var events: [AuditEvent]
    /// Items sharing content with the case's items, with the reason: proposed, never added.
    public var proposals: [SameContentMatch]

    public var items: [Item] { providers.flatMap(\.items) }
}

/// A mandate whose last day is near (shown on the deadlines screen and in `deadlines`).
public struct MandateExpiry: Sendable, Equatable {
    public var pseudonym: String
    public var expiresOn: CivilDate
    public var scopes: [MandateScope]
    /// Whole days from today (0: the mandate ends today).
    public var daysLeft: Int
}

/// How a case's items are split when a document kind is drafted for the whole case: a notice
/// must cover exactly one hosting provider, a referral goes to one competent authority, a
/// preservation request to one addressee. One document per group.
public enum CaseDraftGrouping: String, Sendable, Equatable {
    /// One document per hosting provider (items whose provider is unknown: one per host).
    case byProvider = "provider"
    /// One document per recipient authority, as a single draft would choose it for each item.
    case byAuthority = "authority"
    /// One document per addressee of the order (the provider's e-evidence addressee) and
    /// recipient authority.
    case byAddressee = "addressee"

    /// How a kind is drafted for a whole case, from its definition. Follow-ups (reminders,
    /// complaints) follow one sent document and are drafted from it, not from a case.
    public static func of(_ kind: DocumentKind) -> CaseDraftGrouping? { kind.definition.caseGrouping }
}

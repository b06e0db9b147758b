/// The registry of document kinds: one definition each (as `HolidayCalendars` registers the
/// calendars). Every layer reads a kind's fields, elements, recipients, deadlines, escalation,
/// templates and report counting from here; a test checks that every `DocumentKind` has exactly
/// one definition.
public enum DocumentKinds {
    /// Every definition, in the order of `DocumentKind.allCases`.
    public static let all: [DocumentKindDefinition] = [
        dsaNotice, gdprErasure, preservationRequest, leaReferral, reminder, dsaComplaint, dscComplaint, dpaComplaint,
        takeItDownRequest, supportReferral,
    ]

    /// The definition of `kind`.
    public static func definition(of kind: DocumentKind) -> DocumentKindDefinition {
        guard let definition = table[kind] else { preconditionFailure("no definition for \(kind.rawValue)") }
        return definition
    }

    /// The kinds whose definition satisfies `predicate`, in table order: for the store's SQL
    /// (the report's notices, the removal requests a recheck follows), never a list typed twice.
    public static func kinds(where predicate: (DocumentKindDefinition) -> Bool) -> [DocumentKind] {
        all.filter(predicate).map(\.kind)
    }

    /// The article of the sender rule of letters that rest on no provision naming the sender:
    /// the recipient must know who writes and who signs, to answer.
    static let letterSender = "letterhead and signature: who writes, for the recipient to answer"

    private static let table: [DocumentKind: DocumentKindDefinition] = {
        var table: [DocumentKind: DocumentKindDefinition] = [:]
        for definition in all {
            precondition(table[definition.kind] == nil, "two definitions of \(definition.kind.rawValue)")
            table[definition.kind] = definition
        }
        return table
    }()
}

extension DocumentKind {
    /// This kind's definition.
    public var definition: DocumentKindDefinition { DocumentKinds.definition(of: self) }

    /// The reference prefix of documents of this kind: `N-2026-00042`.
    public var referencePrefix: String { definition.referencePrefix }

    /// Whether this kind follows another document (its parent).
    public var isFollowUp: Bool { definition.isFollowUp }

    /// A short human name: "DSA notice", "GDPR erasure request".
    public var title: String { definition.title }
}

/// Where an item stands in the workflow (DESIGN.md §4). Status moves only by transitions,
/// each recorded as an audit event; it is never edited by hand.
public enum ItemStatus: String, CaseIterable, Codable, Sendable {
    case new
    case triaged
    case inAction = "in-action"
    case resolved
    case noAction = "no-action"
    case onHold = "on-hold"

    public var label: String {
        switch self {
        case .new: return "new"
        case .triaged: return "triaged"
        case .inAction: return "in action"
        case .resolved: return "resolved"
        case .noAction: return "no action"
        case .onHold: return "on hold"
        }
    }

    public var isOpen: Bool { self != .resolved && self != .noAction }
}

/// Whether a minor is involved: a flagger's judgement, recorded with three values because
/// "unknown" is common and must not be read as "no".
public enum MinorInvolvement: String, CaseIterable, Codable, Sendable {
    case yes, no, unknown
}

/// How the item reached the organisation.
public enum ItemSource: String, CaseIterable, Codable, Sendable {
    /// The person concerned reported it themselves. Stored as "victim", the value stores have
    /// always held (and the items table's CHECK allows); shown and typed as "self-report": the
    /// desk does not label a person a victim for asking for help.
    case hotline, osint, selfReport = "victim", partner, other

    public var label: String {
        switch self {
        case .hotline: return "hotline report"
        case .osint: return "OSINT"
        case .selfReport: return "self report"
        case .partner: return "partner referral"
        case .other: return "other"
        }
    }

    /// The name typed on the command line and written in JSON.
    public var name: String { self == .selfReport ? "self-report" : rawValue }

    /// From a name, a label or the stored value ("self-report", "self report", "victim").
    public init?(text: String) {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard
            let match = Self.allCases.first(where: {
                $0.name == wanted || $0.rawValue == wanted || $0.label.lowercased() == wanted
            })
        else { return nil }
        self = match
    }
}

/// Queue priority, derived from the item's flags (never from a classifier): threat to life or
/// safety first (DSA recital 52: act without delay), then child sexual abuse, then the rest.
public enum Priority: Int, CaseIterable, Codable, Sendable, Comparable {
    case urgent = 1
    case high = 2
    case normal = 3

    public var label: String {
        switch self {
        case .urgent: return "urgent"
        case .high: return "high"
        case .normal: return "normal"
        }
    }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The priority an item's flags call for.
    public static func derived(threatToLife: Bool, minor: MinorInvolvement, keywords: [DSAKeyword]) -> Priority {
        if threatToLife { return .urgent }
        if minor == .yes || keywords.contains(where: \.isChildSexualAbuse) { return .high }
        if keywords.contains(where: \.isTrafficking) { return .high }
        return .normal
    }
}

extension DSAKeyword {
    /// Offences of Articles 3-7 of Directive 2011/93/EU: the DSA Art. 16(2)(c) exception applies
    /// (the notifier's name and e-mail may be left out).
    public var isChildSexualAbuse: Bool {
        switch self {
        case .childSexualAbuseMaterial, .childSexualAbuseMaterialDeepfake, .groomingSexualEnticementMinors:
            return true
        default:
            return false
        }
    }

    /// Trafficking in human beings (Directive 2011/36/EU) and its exploitation forms.
    public var isTrafficking: Bool {
        switch self {
        case .humanTrafficking, .traffickingWomenGirls, .humanExploitation: return true
        default: return false
        }
    }
}

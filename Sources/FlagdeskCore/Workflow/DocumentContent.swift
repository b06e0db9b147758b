/// The fields of one document, by kind: what the store keeps as JSON in `documents.fields`.
/// Encoded flat, with the kind alongside the fields: `{"kind":"dsa-notice","urls":[...],...}`.
public enum DocumentContent: Sendable, Equatable {
    case dsaNotice(NoticeContent)
    case gdprErasure(ErasureContent)
    case preservationRequest(PreservationContent)
    case leaReferral(ReferralContent)
    case reminder(ReminderContent)
    case dsaComplaint(PlatformComplaintContent)
    case dscComplaint(DSCComplaintContent)
    case dpaComplaint(DPAComplaintContent)
    case takeItDownRequest(TakeItDownContent)
    case supportReferral(SupportReferralContent)

    public var kind: DocumentKind {
        switch self {
        case .dsaNotice: return .dsaNotice
        case .gdprErasure: return .gdprErasure
        case .preservationRequest: return .preservationRequest
        case .leaReferral: return .leaReferral
        case .reminder: return .reminder
        case .dsaComplaint: return .dsaComplaint
        case .dscComplaint: return .dscComplaint
        case .dpaComplaint: return .dpaComplaint
        case .takeItDownRequest: return .takeItDownRequest
        case .supportReferral: return .supportReferral
        }
    }

    /// Empty content of a kind, to start a draft.
    public static func empty(_ kind: DocumentKind) -> DocumentContent { kind.definition.emptyContent }

    /// What the retention purge keeps of a document's fields: only the Transparency Database
    /// vocabulary of a notice (category, keywords, content types), which the Art. 22(3) report
    /// counts. Everything taken from items and people or written by a flagger (URLs,
    /// explanations, pseudonyms, grounds, notes, addressees, evidence lists) goes.
    public var keptAfterPurge: DocumentContent {
        guard case .dsaNotice(let notice) = self else { return .empty(kind) }
        return .dsaNotice(
            NoticeContent(category: notice.category, keywords: notice.keywords, contentTypes: notice.contentTypes))
    }

    /// The elements the document still lacks, in the order of its kind's list (`requiredElements`),
    /// then the sender's identity (issue #16 defect 13); empty when it may be completed and sent.
    public func missingElements(in context: ValidationContext) -> [MissingElement] {
        contentMissing(in: context)
            + kind.definition.sender.missing(in: context.notifier, identityOmitted: omitsSenderIdentity)
    }

    /// A notice that leaves out the notifier (DSA Art. 16(2)(c), Dir. 2011/93/EU Arts. 3-7).
    public var omitsSenderIdentity: Bool {
        if case .dsaNotice(let notice) = self { return notice.omitNotifierIdentity }
        return false
    }

    // Only unwraps the payload: each content type checks its own fields.
    private func contentMissing(in context: ValidationContext) -> [MissingElement] {
        switch self {
        case .dsaNotice(let content): return content.missingElements(in: context)
        case .gdprErasure(let content): return content.missingElements(in: context)
        case .preservationRequest(let content): return content.missingElements(in: context)
        case .leaReferral(let content): return content.missingElements(in: context)
        case .reminder(let content): return content.missingElements(in: context)
        case .dsaComplaint(let content): return content.missingElements(in: context)
        case .dscComplaint(let content): return content.missingElements(in: context)
        case .dpaComplaint(let content): return content.missingElements(in: context)
        case .takeItDownRequest(let content): return content.missingElements(in: context)
        case .supportReferral(let content): return content.missingElements(in: context)
        }
    }

    /// Every element a kind can require, each with its legal source: for help screens.
    public static func requiredElements(of kind: DocumentKind) -> [MissingElement] {
        kind.definition.requiredElements + kind.definition.sender.elements
    }
}

extension DocumentContent: Codable {
    private enum KindKey: String, CodingKey { case kind }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: KindKey.self)
        let kind = try container.decode(DocumentKind.self, forKey: .kind)
        self = try kind.definition.decode(decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        // The kind and the fields share one JSON object.
        var container = encoder.container(keyedBy: KindKey.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .dsaNotice(let content): try content.encode(to: encoder)
        case .gdprErasure(let content): try content.encode(to: encoder)
        case .preservationRequest(let content): try content.encode(to: encoder)
        case .leaReferral(let content): try content.encode(to: encoder)
        case .reminder(let content): try content.encode(to: encoder)
        case .dsaComplaint(let content): try content.encode(to: encoder)
        case .dscComplaint(let content): try content.encode(to: encoder)
        case .dpaComplaint(let content): try content.encode(to: encoder)
        case .takeItDownRequest(let content): try content.encode(to: encoder)
        case .supportReferral(let content): try content.encode(to: encoder)
        }
    }
}

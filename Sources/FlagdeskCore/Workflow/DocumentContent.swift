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
    public static func empty(_ kind: DocumentKind) -> DocumentContent {
        switch kind {
        case .dsaNotice: return .dsaNotice(NoticeContent())
        case .gdprErasure: return .gdprErasure(ErasureContent())
        case .preservationRequest: return .preservationRequest(PreservationContent())
        case .leaReferral: return .leaReferral(ReferralContent())
        case .reminder: return .reminder(ReminderContent())
        case .dsaComplaint: return .dsaComplaint(PlatformComplaintContent())
        case .dscComplaint: return .dscComplaint(DSCComplaintContent())
        case .dpaComplaint: return .dpaComplaint(DPAComplaintContent())
        case .takeItDownRequest: return .takeItDownRequest(TakeItDownContent())
        case .supportReferral: return .supportReferral(SupportReferralContent())
        }
    }

    /// What the retention purge keeps of a document's fields: only the Transparency Database
    /// vocabulary of a notice (category, keywords, content types), which the Art. 22(3) report
    /// counts. Everything taken from items and people or written by a flagger (URLs,
    /// explanations, pseudonyms, grounds, notes, addressees, evidence lists) goes.
    public var keptAfterPurge: DocumentContent {
        guard case .dsaNotice(let notice) = self else { return .empty(kind) }
        return .dsaNotice(
            NoticeContent(category: notice.category, keywords: notice.keywords, contentTypes: notice.contentTypes))
    }

    /// The elements the document still lacks, in the order of its kind's list (`requiredElements`);
    /// empty when it may be completed and sent.
    public func missingElements(in context: ValidationContext) -> [MissingElement] {
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
        switch kind {
        case .dsaNotice: return NoticeContent.elements
        case .gdprErasure: return ErasureContent.elements
        case .preservationRequest: return PreservationContent.elements
        case .leaReferral: return ReferralContent.elements
        case .reminder: return ReminderContent.elements
        case .dsaComplaint: return PlatformComplaintContent.elements
        case .dscComplaint: return DSCComplaintContent.elements
        case .dpaComplaint: return DPAComplaintContent.elements
        case .takeItDownRequest: return TakeItDownContent.elements
        case .supportReferral: return SupportReferralContent.elements
        }
    }
}

extension DocumentContent: Codable {
    private enum KindKey: String, CodingKey { case kind }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: KindKey.self)
        let kind = try container.decode(DocumentKind.self, forKey: .kind)
        switch kind {
        case .dsaNotice: self = .dsaNotice(try NoticeContent(from: decoder))
        case .gdprErasure: self = .gdprErasure(try ErasureContent(from: decoder))
        case .preservationRequest: self = .preservationRequest(try PreservationContent(from: decoder))
        case .leaReferral: self = .leaReferral(try ReferralContent(from: decoder))
        case .reminder: self = .reminder(try ReminderContent(from: decoder))
        case .dsaComplaint: self = .dsaComplaint(try PlatformComplaintContent(from: decoder))
        case .dscComplaint: self = .dscComplaint(try DSCComplaintContent(from: decoder))
        case .dpaComplaint: self = .dpaComplaint(try DPAComplaintContent(from: decoder))
        case .takeItDownRequest: self = .takeItDownRequest(try TakeItDownContent(from: decoder))
        case .supportReferral: self = .supportReferral(try SupportReferralContent(from: decoder))
        }
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

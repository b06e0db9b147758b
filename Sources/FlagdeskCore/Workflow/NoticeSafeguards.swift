import Foundation

/// A step of evidence first (DESIGN.md §4) that a takedown waits for.
public enum EvidenceStep: String, CaseIterable, Codable, Sendable {
    /// A request to a prosecutor or LEA to have the data preserved (Reg. (EU) 2023/1543 Art. 6).
    case preservation
    /// A referral of the suspected offence to law enforcement.
    case referral

    /// The kind that accomplishes the step: the one whose definition claims it.
    public var kind: DocumentKind {
        guard let kind = DocumentKinds.kinds(where: { $0.conduct.evidenceStep == self }).first else {
            preconditionFailure("no document kind accomplishes the evidence step \(rawValue)")
        }
        return kind
    }
    public var label: String { self == .preservation ? "a preservation request" : "an LEA referral" }
}

/// A coordinator's decision that an evidence step is not to be taken for an item, with the reason
/// in words (the person's "no police" wish; the referral made by telephone).
public struct EvidenceWaiver: Sendable, Equatable, Codable {
    public var itemID: Int64
    public var step: EvidenceStep
    public var reason: String
    public var waivedBy: String
    public var waivedAt: Date

    public init(itemID: Int64, step: EvidenceStep, reason: String, waivedBy: String, waivedAt: Date) {
        self.itemID = itemID
        self.step = step
        self.reason = reason
        self.waivedBy = waivedBy
        self.waivedAt = waivedAt
    }
}

/// What the engine checks before a notice is approved or sent, beyond its legal elements.
public enum NoticeSafeguards {
    /// Flagged for trafficking, child sexual abuse or a threat to life: evidence first applies.
    public static func needsEvidenceFirst(_ item: Item) -> Bool {
        SeriousSuspicion(item: item, indicators: []).isSerious
    }

    /// Evidence first, enforced: a takedown about an item that needs it waits until a preservation
    /// request and an LEA referral covering the item are sent, or waived by a coordinator with a
    /// reason. `sent` holds, per item id, the kinds of document sent about it.
    public static func evidenceFirst(
        _ document: DocumentSnapshot, items: [Item], sent: [Int64: Set<DocumentKind>], waivers: [EvidenceWaiver]
    ) -> WorkflowRefusal? {
        // A takedown request tells the uploader something is afoot and can destroy the evidence.
        guard document.kind.definition.conduct.isTakedownRequest else { return nil }
        var missing: [String] = []
        for item in items where needsEvidenceFirst(item) {
            for step in EvidenceStep.allCases {
                let done = sent[item.id]?.contains(step.kind) == true
                let waived = waivers.contains { $0.itemID == item.id && $0.step == step }
                if !done && !waived { missing.append("\(step.label) for \(item.reference)") }
            }
        }
        guard !missing.isEmpty else { return nil }
        return WorkflowRefusal(
            subject: document.reference, cause: .evidenceFirst,
            message: "\(document.reference) must wait: evidence first (a takedown can destroy the evidence and "
                + "warn the suspect) needs " + missing.joined(separator: " and ")
                + " sent first, or waived by a coordinator with a reason "
                + "(flagdesk waive ITEM preservation|referral --reason TEXT)")
    }

    /// Why a notice may be treating lawful sex work as trafficking, one reason per item: no legal
    /// basis named, or only indicators that do not point to exploitation (non-predictive,
    /// counter-indicators, characteristics of the person). Empty when none applies. Items
    /// flagged for child sexual abuse or a threat to life are not sex work by any reading.
    public static func sexWorkDoubts(
        _ document: DocumentSnapshot, items: [Item], indicators: [Int64: [IndicatorChoice]]
    )
        -> [String]
    {
        guard document.kind.definition.conduct.asksSexWorkConfirmation else { return [] }
        return items.compactMap { item in
            let suspicion = SeriousSuspicion(item: item, indicators: [])
            if item.threatToLife || suspicion.reasons.contains("child sexual abuse") { return nil }
            if item.legalBasis.map(isBlank) ?? true { return "\(item.reference) names no legal basis" }
            let chosen = indicators[item.id] ?? []
            if !chosen.isEmpty, IndicatorCatalog.predictive(chosen).isEmpty {
                return "\(item.reference)'s only indicators are non-predictive, counter-indicators or characteristics"
            }
            return nil
        }
    }
}

/// A document the advisor suggests drafting next for an item, and why. A proposal only: a
/// person decides (DESIGN.md §4).
public struct DraftProposal: Sendable, Equatable {
    public let kind: DocumentKind
    public let reason: String
    /// The rule or article behind the proposal.
    public let source: String

    public init(kind: DocumentKind, reason: String, source: String) {
        self.kind = kind
        self.reason = reason
        self.source = source
    }
}

/// Whether a document may be sent now, beyond its state and elements.
public enum SendDecision: Sendable, Equatable {
    case allowed
    case refused(WorkflowRefusal)

    public var isAllowed: Bool { self == .allowed }
}

/// The priority rules of DESIGN.md §4: evidence first, threat to life first, and no notice for
/// lawful adult content.
public enum WorkflowAdvisor {
    /// The document kinds to draft next for `item`, in the order to draft them. Kinds already
    /// drafted for the item (in any state but withdrawn) are left out.
    ///
    /// - An item flagged for trafficking, child sexual abuse or a threat to life, or with triage
    ///   indicators of coercion, gets a preservation request and an LEA referral before the
    ///   provider notice: a takedown can destroy evidence and alert the suspect.
    /// - A threat to life puts the LEA referral first (DSA Art. 18(1), recital 52).
    /// - Sexual material of adults without coercion indicators is never proposed for a notice
    ///   on its own: lawful adult sex work is not illegal content.
    /// - `wishes` (of the person linked to the item) bind too: "no police" proposes the support
    ///   pathway instead of the referral and the preservation request, unless `policeOverridden`
    ///   (a coordinator's threat-to-life decision); "no erasure request" proposes none.
    public static func proposals(
        item: Item, documents: [DocumentSnapshot], indicators: [IndicatorChoice] = [], wishes: [PersonWish] = [],
        policeOverridden: Bool = false
    ) -> [DraftProposal] {
        guard item.status.isOpen else { return [] }
        let drafted = Set(documents.filter { $0.status != .withdrawn }.map(\.kind))
        let suspicion = SeriousSuspicion(item: item, indicators: indicators)
        var proposals: [DraftProposal] = []

        let preservation = DraftProposal(
            kind: AdvisorRole.preservation.kind,
            reason: "evidence first: ask a prosecutor to preserve the data before any takedown (\(suspicion.summary))",
            source: "Flagdesk policy, evidence first (README, Workflow); Reg. (EU) 2023/1543 Arts. 4(3), 6")
        let referral = DraftProposal(
            kind: AdvisorRole.referral.kind,
            reason: item.threatToLife
                ? "threat to life or safety: inform law enforcement at once"
                : "evidence first: refer to law enforcement before the provider is told (\(suspicion.summary))",
            source: item.threatToLife
                ? "DSA Art. 18(1), recital 52" : "Flagdesk policy, evidence first (README, Workflow); DSA Art. 18(2)")
        let wished = Set(wishes.map(\.kind))
        let noPolice = wished.contains(.noPolice) && !policeOverridden
        if noPolice {
            proposals.append(
                DraftProposal(
                    kind: AdvisorRole.support.kind,
                    reason: "the person asked for no police involvement: offer the support pathway instead"
                        + (item.threatToLife
                            ? " (a threat to life may justify informing the police anyway: a coordinator decides, "
                                + "flagdesk override-wish \(item.reference) no-police --reason TEXT)" : ""),
                    source: "the person's wish; Dir. 2011/36/EU Art. 11(3) (assistance not conditional on cooperation)"
                ))
        } else if item.threatToLife {
            proposals += [referral, preservation]
        } else if suspicion.isSerious {
            proposals += [preservation, referral]
        }

        if !isAdultSexualMaterialOnly(item, suspicion: suspicion) {
            var reason =
                suspicion.isSerious ? "after the evidence is secured, notify the provider" : "notify the provider"
            if item.leaHold || item.status == .onHold {
                reason += "; draft only: the LEA asked to wait, it cannot be sent"
            }
            if NoticeSafeguards.needsEvidenceFirst(item) {
                reason += " (approved only once the preservation request and the referral are sent or waived)"
            }
            if wished.contains(.noTakedownBeforePolice) {
                reason +=
                    "; the person asked for no takedown before law enforcement is informed: approved only "
                    + "once an LEA referral is sent"
            }
            proposals.append(DraftProposal(kind: AdvisorRole.notice.kind, reason: reason, source: "DSA Arts. 16, 22"))
        }
        if item.personID != nil, !noPolice {
            proposals.append(
                DraftProposal(
                    kind: AdvisorRole.support.kind,
                    reason: "a person is linked: offer them a referral to victim support, with their consent",
                    source: "Dir. 2011/36/EU Art. 11"))
        }
        if item.personID != nil, !wished.contains(.noErasureRequest) {
            proposals.append(
                DraftProposal(
                    kind: AdvisorRole.erasure.kind,
                    reason: "a data subject is linked: request erasure on their behalf, with their mandate",
                    source: "GDPR Art. 17"))
        }
        return proposals.filter { !drafted.contains($0.kind) }
    }

    /// Refuses to send a notice (or another request to act on the content) while any item it
    /// covers is on LEA hold (DESIGN.md §4: the notice stays blocked while the item is on hold).
    public static func canSend(_ document: DocumentSnapshot, items: [Item], supportHeld: Set<Int64> = [])
        -> SendDecision
    {
        // A request to act on the content tells the uploader something is afoot: it waits while
        // law enforcement asks the organisation to (the kind's `conduct.actsOnContent`).
        guard document.kind.definition.conduct.actsOnContent else { return .allowed }
        if let held = items.first(where: { $0.leaHold || $0.status == .onHold }) {
            return .refused(
                WorkflowRefusal(
                    subject: document.reference, cause: .leaHold,
                    message: "\(document.reference) cannot be sent: \(held.reference) is on LEA hold "
                        + "(the LEA asked to wait)"))
        }
        // The support hold stands beside the LEA hold: the person's support worker asked to wait
        // (a takedown can cost the person their contact with the helper, or alert the exploiter).
        if let held = items.first(where: { supportHeld.contains($0.id) }) {
            return .refused(
                WorkflowRefusal(
                    subject: document.reference, cause: .supportHold,
                    message: "\(document.reference) cannot be sent: \(held.reference) is on support hold "
                        + "(the person's support worker asked to wait)"))
        }
        return .allowed
    }

    public static func canSend(_ document: DocumentSnapshot, item: Item) -> SendDecision {
        canSend(document, items: [item])
    }

    /// Sexual material of adults and nothing else: no keyword beyond adult material or nudity,
    /// no minor involved, and nothing serious.
    static func isAdultSexualMaterialOnly(_ item: Item, suspicion: SeriousSuspicion) -> Bool {
        let adultOnly: Set<DSAKeyword> = [.adultSexualMaterial, .nudity]
        return !suspicion.isSerious && item.minor != .yes && item.keywords.contains(.adultSexualMaterial)
            && item.keywords.allSatisfy(adultOnly.contains)
    }
}

/// What makes an item call for evidence first.
struct SeriousSuspicion {
    var reasons: [String] = []

    init(item: Item, indicators: [IndicatorChoice]) {
        if item.threatToLife { reasons.append("threat to life or safety") }
        if item.keywords.contains(where: \.isChildSexualAbuse)
            || (item.minor == .yes && item.keywords.contains(where: \.isSexualMaterial))
        {
            reasons.append("child sexual abuse")
        }
        if item.keywords.contains(where: \.isTrafficking) { reasons.append("trafficking") }
        if IndicatorCatalog.suggestsCoercion(indicators) { reasons.append("indicators of coercion") }
    }

    var isSerious: Bool { !reasons.isEmpty }
    var summary: String { reasons.joined(separator: ", ") }
}

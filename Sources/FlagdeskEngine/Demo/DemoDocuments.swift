import FlagdeskCore
import FlagdeskStore
import Foundation

/// The documents of the demo desk: notices, erasure requests, preservation requests and
/// referrals in every state (draft with missing elements, ready, approved, sent, acknowledged,
/// decided, closed, withdrawn), overdue ones included, and the reminders the ladder drafts.
/// Every step goes through the same use cases as real work, at plausible past times.
struct DemoDocuments {
    let desk: Desk
    let settings: DeadlineSettings

    /// The organisation the demo documents are sent by: the configured one, completed with a
    /// clearly synthetic one (`DemoOrganisation`) where the configuration has none (a demo is not
    /// real correspondence).
    static func demoConfig(from config: FlagdeskConfig) -> FlagdeskConfig {
        var demo = config
        demo.organisation = DemoOrganisation.completing(config.organisation)
        demo.users = [:]
        return demo
    }

    /// A desk acting as `actor` at `instant`, on the same store.
    private func at(_ instant: Date, as actor: String) -> Desk {
        desk.demoActor(
            actor, at: instant, config: LoadedConfig(config: Self.demoConfig(from: desk.config), path: desk.configPath))
    }

    /// Adds documents for the demo items (their stored form), inside the demo's transaction.
    func fill(items: [Item], evidence: [Int64: String], in db: StoreTransaction) throws {
        let latest = desk.now.addingTimeInterval(-86_400)
        var counter = 0
        for item in items where item.createdAt < latest && item.status.isOpen {
            counter += 1
            let hour = 3600.0
            let start = item.createdAt.addingTimeInterval(2 * hour)
            let drafter = at(start, as: item.createdBy)
            let coordinator = at(start.addingTimeInterval(hour), as: "chiara")
            let sender = at(start.addingTimeInterval(2 * hour), as: item.createdBy)
            let later = at(min(start.addingTimeInterval(2 * 86_400), latest), as: item.createdBy)
            let bonaFide = FieldSetting(key: "bona-fide", value: "yes")
            switch item.status {
            case .triaged:
                switch counter % 4 {
                case 0:
                    _ = try drafter.draft(
                        DraftRequest(kind: .dsaNotice, items: [item.reference]), settings: settings, in: db)
                case 1:
                    _ = try drafter.draft(
                        DraftRequest(kind: .dsaNotice, items: [item.reference], settings: [bonaFide]),
                        settings: settings,
                        in: db)
                case 2:
                    let view = try drafter.draft(
                        DraftRequest(kind: .dsaNotice, items: [item.reference], settings: [bonaFide]),
                        settings: settings,
                        in: db)
                    if view.record.status == .ready, !NoticeSafeguards.needsEvidenceFirst(item) {
                        _ = try coordinator.approve(
                            view.record.reference, expectedVersion: nil, settings: settings, in: db)
                    }
                default:
                    let view = try drafter.draft(
                        DraftRequest(kind: .leaReferral, items: [item.reference]), settings: settings, in: db)
                    _ = try later.withdraw(
                        view.record.reference, reason: "duplicate of a referral made by phone", settings: settings,
                        in: db)
                }
            case .onHold:
                _ = try drafter.draft(
                    DraftRequest(kind: .dsaNotice, items: [item.reference], settings: [bonaFide]), settings: settings,
                    in: db)
            case .inAction:
                if NoticeSafeguards.needsEvidenceFirst(item) {
                    try evidenceFirst(
                        item, hash: evidence[item.id], drafter: drafter, sender: sender, coordinator: coordinator,
                        in: db)
                }
                guard
                    let notice = try sentNotice(
                        item, drafter: drafter, coordinator: coordinator, sender: sender, in: db)
                else { continue }
                // Left unanswered (overdue, for the ladder), acknowledged, refused, removed and closed.
                let answers: [ResponseRecord?] = [
                    nil, response(ack: true), response(decision: .rejected), response(decision: .removed), nil,
                ]
                if let answer = answers[counter % answers.count] {
                    let view = try later.record(notice, answer, at: later.now, settings: settings, in: db)
                    if view.record.outcome == .removed, counter % 2 == 0 {
                        _ = try later.close(notice, reason: nil, settings: settings, in: db)
                    }
                }
            case .new, .noAction, .resolved:
                break
            }
        }
    }

    private func response(ack: Bool = false, decision: DocumentOutcome? = nil) -> ResponseRecord {
        var response = ResponseRecord()
        response.acknowledged = ack
        response.decision = decision
        return response
    }

    /// A notice drafted, approved and sent by hand; nil when the item's provider is unknown (the
    /// draft then stays with "exactly one hosting provider" missing).
    private func sentNotice(_ item: Item, drafter: Desk, coordinator: Desk, sender: Desk, in db: StoreTransaction)
        throws -> String?
    {
        let view = try drafter.draft(
            DraftRequest(
                kind: .dsaNotice, items: [item.reference], settings: [FieldSetting(key: "bona-fide", value: "yes")]),
            settings: settings, in: db)
        guard view.record.status == .ready else { return nil }
        let reference = view.record.reference
        _ = try coordinator.approve(
            reference, expectedVersion: nil, notSexWork: Self.demoConfirmation, settings: settings, in: db)
        _ = try sender.sendManually(reference, settings: settings, in: db)
        return reference
    }

    /// Recorded only where a notice needs it (no legal basis, or only weak indicators).
    static let demoConfirmation = "the flagger saw the person ask for help (demo): not an adult's lawful work"

    /// Evidence first (DESIGN.md §4): a referral to law enforcement sent, and a preservation
    /// request drafted (and, for threats to life, addressed); what was not sent is waived by the
    /// coordinator with a demo reason, as the engine requires before the notice.
    private func evidenceFirst(
        _ item: Item, hash: String?, drafter: Desk, sender: Desk, coordinator: Desk, in db: StoreTransaction
    ) throws {
        try evidenceSteps(item, hash: hash, drafter: drafter, sender: sender, in: db)
        let sent = try WaiverRecords.sentKinds(itemIDs: [item.id], in: db)[item.id] ?? []
        if !sent.contains(.leaReferral) {
            _ = try coordinator.waive(
                item, step: .referral, reason: "referred by telephone to the duty officer (demo)", in: db)
        }
        if !sent.contains(.preservationRequest) {
            _ = try coordinator.waive(
                item, step: .preservation, reason: "the LEA confirmed it asked the provider to preserve (demo)",
                in: db)
        }
    }

    private func evidenceSteps(_ item: Item, hash: String?, drafter: Desk, sender: Desk, in db: StoreTransaction)
        throws
    {
        var settings: [FieldSetting] = [FieldSetting(key: "urgency", value: item.threatToLife ? "immediate" : "urgent")]
        if hash == nil { settings = [] }
        let referral = try drafter.draft(
            DraftRequest(kind: .leaReferral, items: [item.reference], settings: settings), settings: self.settings,
            in: db)
        if referral.record.status == .ready {
            _ = try drafter.approve(referral.record.reference, expectedVersion: nil, settings: self.settings, in: db)
            _ = try sender.sendManually(referral.record.reference, settings: self.settings, in: db)
        }
        guard item.threatToLife else { return }
        let preservation = try drafter.draft(
            DraftRequest(
                kind: .preservationRequest, items: [item.reference], recipient: "be-federal-police",
                settings: [
                    FieldSetting(key: "addressee-name", value: "Provider EU establishment (demo)"),
                    FieldSetting(key: "addressee-email", value: "lawenforcement@provider.example"),
                    FieldSetting(
                        key: "time-range",
                        value: "\(ISO8601.format(item.createdAt.addingTimeInterval(-30 * 86_400)))/"
                            + ISO8601.format(item.createdAt)),
                    FieldSetting(key: "data-categories", value: "subscriber,traffic,content"),
                    FieldSetting(key: "provisions", value: "Criminal Code, trafficking in human beings (demo)"),
                    FieldSetting(key: "offence", value: "Trafficking in human beings for sexual exploitation"),
                    FieldSetting(
                        key: "grounds",
                        value: "The account deletes its adverts within days; without preservation the subscriber "
                            + "and traffic data needed to identify the exploiters are lost (demo)"),
                ]), settings: self.settings, in: db)
        _ = preservation
    }
}

extension DemoDocuments {
    /// A small synthetic capture per item, so documents can cite evidence by SHA-256.
    static func syntheticCapture(for item: Item) -> Data {
        Data("Synthetic demo capture of \(item.url) (no real content)\n".utf8)
    }
}

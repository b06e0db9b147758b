import FlagdeskCore
import FlagdeskStore
import Foundation

/// What `flagdesk init --demo` put into the store.
public struct DemoSummary: Sendable, Equatable {
    public var items: Int
    public var byStatus: [ItemStatus: Int]
}

extension Desk {
    /// Fills an EMPTY store with a realistic synthetic desk: `count` items across the directory's
    /// providers, categories and states, spread over the 120 days before `now`. Deterministic.
    /// Every change goes through the audit trail, like real work.
    public func fillDemo(count: Int = 240, seed: UInt64 = 2026) throws(EngineError) -> DemoSummary {
        guard try itemCount(ItemFilter()) == 0 else {
            throw .refused("the store already holds items; a demo desk is only written into an empty store")
        }
        var random = SeededGenerator(seed: seed)
        let providers = directory.providers.filter { !$0.hosts.isEmpty }
        let unknownHosts = ["free-ads-board.example", "classifieds-demo.example", "imagehost-demo.example"]
        let statuses: [ItemStatus] = [
            .new, .new, .new, .triaged, .triaged, .inAction, .inAction, .inAction, .resolved, .onHold,
        ]
        let actors = ["alice", "bob", "chiara", "dmitri"]
        let sources = ItemSource.allCases
        var byStatus: [ItemStatus: Int] = [:]
        let zone = self.zone
        var planned: [(item: Item, status: ItemStatus, year: Int)] = []
        for index in 0..<count {
            let scenario = DemoScenario.all[Int(random.next() % UInt64(DemoScenario.all.count))]
            let host: String
            if index % 9 == 8 || providers.isEmpty {
                host = unknownHosts[index % unknownHosts.count]
            } else {
                let provider = providers[Int(random.next() % UInt64(providers.count))]
                host = provider.hosts[Int(random.next() % UInt64(provider.hosts.count))]
            }
            let url = "https://\(host)\(scenario.path)-\(1000 + index)"
            let createdAt = now.addingTimeInterval(-Double(random.next() % (120 * 86_400)))
            let status: ItemStatus =
                scenario.lawfulAdultWork ? .noAction : statuses[Int(random.next() % UInt64(statuses.count))]
            let actor = actors[index % actors.count]
            // Lawful adult sex work is recorded without a category: nothing illegal is alleged.
            let classified = status != .new && !scenario.lawfulAdultWork
            let item = Item(
                url: url, normalizedURL: url, host: host, providerKey: directory.provider(forHost: host)?.key,
                category: classified ? scenario.category : nil, keywords: classified ? scenario.keywords : [],
                contentTypes: scenario.contentTypes, legalBasis: classified ? scenario.legalBasis : nil,
                explanation: scenario.explanation, minor: scenario.minor, threatToLife: scenario.threatToLife,
                leaHold: status == .onHold, source: sources[index % sources.count], status: .new,
                priority: Priority.derived(
                    threatToLife: scenario.threatToLife, minor: scenario.minor, keywords: scenario.keywords),
                createdAt: createdAt, createdBy: actor)
            planned.append((item, status, CivilDate(createdAt, in: zone).year))
            byStatus[status, default: 0] += 1
        }
        // Synthetic captures, copied content-addressed before the transaction (an interrupted
        // run leaves at most unreferenced files, which `verify` ignores).
        let captures = try planned.map { entry throws(EngineError) in
            try demoCapture(for: entry.item)
        }
        let settings = try deadlineSettings()
        // One transaction: an interrupted `init --demo` leaves the store empty, not half-filled.
        try storeWrite { db in
            var stored: [Item] = []
            var hashes: [Int64: String] = [:]
            for ((item, status, year), capture) in zip(planned, captures) {
                let item = try Self.recordDemoItem(item, status: status, year: year, in: db)
                stored.append(item)
                guard status != .new else { continue }
                _ = try EvidenceRecords.insert(
                    Evidence(
                        itemID: item.id, sha256: capture.sha256, size: capture.size, mediaType: "text/plain",
                        originalName: "capture.txt", sourceURL: item.url, capturedAt: item.createdAt,
                        capturedBy: item.createdBy, withheldReason: CapturePolicy.holdingRefusal(item, config)),
                    kind: "capture", in: db)
                hashes[item.id] = capture.sha256
            }
            try DemoDocuments(desk: self, settings: settings).fill(items: stored, evidence: hashes, in: db)
            let demoDesk = demoActor(
                "chiara", at: now,
                config: LoadedConfig(config: DemoDocuments.demoConfig(from: config), path: configPath))
            _ = try demoDesk.draftEscalations(demoDesk.escalationPlanner(settings), settings: settings, in: db)
        }
        return DemoSummary(items: count, byStatus: byStatus)
    }

    /// The desk as one of the demo's made-up people at a past instant: the demo is synthetic
    /// history written once into an empty store at `init` (`DeskClock.demo`).
    func demoActor(_ login: String, at instant: Date, config: LoadedConfig) -> Desk {
        Desk(
            store: store, loaded: config, actor: ActorIdentity.Resolved(login: login, source: .account),
            team: openedTeam,
            clock: .demo, now: instant, process: process, recordedOrganisation: recordedOrganisation,
            ownFiles: ownFiles, vault: vault)
    }

    /// Adds one demo item as real work would: the `add` event, then its move to `status`.
    private static func recordDemoItem(_ item: Item, status: ItemStatus, year: Int, in db: StoreTransaction) throws
        -> Item
    {
        let actor = item.createdBy
        let createdAt = item.createdAt
        var stored = try ItemRecords.insert(item, year: year, in: db)
        try AuditTrail.append(
            AuditEntry(
                actor: actor, at: createdAt, entity: "item", entityID: stored.reference, action: "add",
                payload: ["reference": stored.reference, "source": stored.source.rawValue, "demo": "true"]),
            in: db)
        guard status != .new else { return stored }
        let from = stored.status
        let movedAt = createdAt.addingTimeInterval(3600)
        stored.status = status
        stored = try ItemRecords.update(stored, at: movedAt, in: db)
        var payload = ["from": from.rawValue, "to": status.rawValue, "demo": "true"]
        if status == .noAction {
            payload["reason"] = "lawful adult sex work, not illegal in the provider's country"
        }
        try AuditTrail.append(
            AuditEntry(
                actor: actor, at: movedAt, entity: "item", entityID: stored.reference, action: "status",
                payload: payload), in: db)
        if status == .noAction {
            // The reason a person gave, kept with the item as `no-action` keeps it.
            try ItemRecords.writeWorkflowFields(
                ItemWorkflowFields(noActionReason: payload["reason"]), itemID: stored.id, in: db)
        }
        if status != .noAction, stored.keywords.contains(where: \.isTrafficking) {
            // The flagger's own reason for the indicator, as triage records it.
            let triage = TriageRecord(indicators: [
                IndicatorChoice(
                    key: "unodc-general.others-speak",
                    reason: "a third person answers and arranges every contact (demo)")
            ])
            try ItemRecords.writeWorkflowFields(ItemWorkflowFields(triage: triage), itemID: stored.id, in: db)
        }
        return stored
    }

    /// A synthetic capture file for a demo item, held like any evidence.
    private func demoCapture(for item: Item) throws(EngineError) -> (sha256: String, size: Int64) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "flagdesk-demo-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            try DemoDocuments.syntheticCapture(for: item).write(to: file)
        } catch {
            throw .store("cannot write a temporary demo file: \(error)")
        }
        do throws(StoreError) {
            // Even synthetic, material the organisation may not hold is hashed, never kept
            // (Dir. 2011/93/EU Art. 5): the demo shows the rule as real work meets it.
            if CapturePolicy.holdingRefusal(item, config) != nil {
                return try EvidenceFiles.hashWithoutHolding(at: file)
            }
            return try evidenceFiles.importFile(at: file)
        } catch {
            throw EngineError(error)
        }
    }
}

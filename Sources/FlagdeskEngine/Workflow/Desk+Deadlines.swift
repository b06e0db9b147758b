import FlagdeskCore
import FlagdeskStore
import Foundation

extension Desk {
    /// Open deadlines, most urgent first: threat to life at the top (DESIGN.md §4), then the
    /// earliest due; each with its rule, how it was counted, days left and the next escalation
    /// step.
    public func deadlines(_ query: DeadlineQuery) throws(EngineError) -> [DeadlineRow] {
        let before = query.dueBefore(now: now)
        let rows = try storeRead { db in try DeadlineRecords.open(dueBefore: before, limit: query.limit, in: db) }
        return try deadlineRows(rows)
    }

    func deadlineRows(_ rows: [OpenDeadlineRow]) throws(EngineError) -> [DeadlineRow] {
        let catalog = try deadlineSettings().catalog
        return rows.map { row in
            deadlineRow(
                row.entry, kind: row.documentKind, status: row.documentStatus, reference: row.documentReference,
                items: row.itemReferences, recipientName: recipientDisplayName(row.recipientKey),
                threatToLife: row.threatToLife, catalog: catalog)
        }
    }

    func deadlineSettings() throws(EngineError) -> DeadlineSettings {
        try DeadlineSettings(config: config)
    }

    func deadlineRow(
        _ entry: DeadlineEntry, kind: DocumentKind, status: DocumentStatus, reference: String, items: [String],
        recipientName: String?, threatToLife: Bool, catalog: DeadlineCatalog
    ) -> DeadlineRow {
        let timeLeft = TimeLeft(
            until: entry.due, now: now, zone: zone, inHours: (try? catalog.rule(entry.ruleID))?.period.unit == .hours)
        return DeadlineRow(
            documentReference: reference, documentKind: kind, documentStatus: status, itemReferences: items,
            recipientName: recipientName, ruleID: entry.ruleID,
            ruleTitle: (try? catalog.rule(entry.ruleID).title) ?? entry.ruleID, dueAt: entry.due,
            originalDueAt: entry.originalDue, isPolicy: entry.isPolicy, explanation: entry.explanation,
            daysLeft: timeLeft.days, timeLeft: timeLeft, threatToLife: threatToLife,
            nextSteps: nextSteps(after: kind, ruleID: entry.ruleID),
            status: entry.status.rawValue)
    }

    /// What the ladder proposes when a deadline of this rule runs out on a document of `kind`:
    /// the steps waiting on that rule, else any step that fires on silence for that kind.
    func nextSteps(after kind: DocumentKind, ruleID: String) -> [DocumentKind] {
        let silent = config.escalation.filter { $0.from == kind && $0.trigger != .rejected }
        let matching = silent.filter { step in
            if case .rule(let id) = step.after { return ruleID == id || ruleID.hasPrefix(id + ".") }
            return false
        }
        var kinds: [DocumentKind] = []
        for kind in (matching.isEmpty ? silent : matching).flatMap(\.propose) where !kinds.contains(kind) {
            kinds.append(kind)
        }
        return kinds
    }

    func recipientDisplayName(_ key: String?) -> String? {
        guard let key else { return nil }
        return directory.provider(key: key)?.name ?? directory.authority(key: key)?.name ?? key
    }

    /// Where days count for what the recipient owes: its country's holidays and capital's zone
    /// (the organisation's own calendar when the country is unknown).
    /// A controller's place is that of the provider it was drafted for, when known (`controllerKey`).
    func places(for recipient: DocumentRecipient?, controllerKey: String? = nil, settings: DeadlineSettings)
        -> DeadlinePlaces
    {
        let organisation = CountingPlace(zone: settings.zone, calendar: settings.organisationCalendar)
        let country: String? =
            switch recipient {
            case .provider(let provider): provider.country
            case .authority(let authority): authority.country
            case .controller: controllerKey.flatMap { directory.provider(key: $0)?.country }
            case nil: nil
            }
        guard let country, let calendar = try? HolidayCalendars.calendar(for: country) else {
            return DeadlinePlaces(recipient: organisation, organisation: organisation)
        }
        // The recipient's own zone (issue 16, defect 6); a country of several zones (the US) is
        // counted in the organisation's, and the explanation says so.
        let place = CountryZones.place(for: country)
        var notes: [String] = []
        if place?.zone == nil {
            notes.append(
                "\(country.uppercased()) spans several time zones and the directory names none: days counted in "
                    + "the organisation's zone, \(settings.zone.identifier)")
        }
        let recipientPlace = CountingPlace(
            zone: place?.zone ?? settings.zone, calendar: calendar, notes: notes)
        return DeadlinePlaces(recipient: recipientPlace, organisation: organisation)
    }

    /// Recomputes and stores the deadlines of a document, and the next-deadline column of its
    /// items, inside the caller's transaction.
    @discardableResult
    func recomputeDeadlines(_ loaded: LoadedDocument, settings: DeadlineSettings, in db: StoreTransaction) throws
        -> [DeadlineEntry]
    {
        let planner = DocumentDeadlines(calculator: DeadlineCalculator(catalog: settings.catalog))
        let trusted = sender.standing(
            of: loaded.record.content, parent: loaded.parent?.content, to: loaded.recipient
        ).claimsPriority
        let planned = try planner.plan(
            loaded.record, items: loaded.items, trustedPriority: trusted,
            places: places(for: loaded.recipient, controllerKey: loaded.record.recipientKey, settings: settings))
        let entries = try planned.map { deadline in
            DeadlineEntry(
                documentID: loaded.record.id, ruleID: deadline.ruleID, due: deadline.due,
                originalDue: deadline.originalDue, isPolicy: deadline.computed.isPolicy,
                inputs: try Self.json(deadline.computed),
                explanation: deadline.computed.steps.joined(separator: "\n"),
                status: DeadlineStatus(rawValue: deadline.status.rawValue) ?? .open, computedAt: now,
                urgent: loaded.items.contains(where: \.threatToLife))
        }
        try DeadlineRecords.replace(documentID: loaded.record.id, with: entries, in: db)
        try DeadlineRecords.refreshNextDeadline(itemIDs: loaded.record.itemIDs, in: db)
        return entries
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

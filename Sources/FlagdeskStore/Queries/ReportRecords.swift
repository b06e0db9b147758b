import FlagdeskCore
import Foundation
import GRDB

/// Read-only queries for the annual report and for evidence bundles. Each runs inside the
/// caller's transaction.
public enum ReportRecords {
    /// The DSA notices sent in `[from, to)`, tallied for the Art. 22(3) report (providers by
    /// directory key; the engine names them) in one pass over
    /// a narrow cursor (the `documents_sent` index, columns read by position): notices of the
    /// same provider, category, keywords and outcome are counted together and their keys parsed
    /// once; SQLite computes the decision hours and the policy-deadline verdict. One struct per
    /// notice made the report take over 1 s at 200,000 notices, and a GROUP BY query per figure
    /// reads and parses every notice again for each: over twice the time of this one pass.
    public static func tally(sentFrom from: Date, to: Date, in db: Database) throws -> ReportTally {
        let followUps = try followUpCounts(in: db)
        // Instants are whole UTC seconds (`ISO8601.format`): the julianday difference rounded to
        // seconds, divided by 3600.0, is the same double as `timeIntervalSince(_:) / 3600` on
        // parsed instants. `json_quote` keeps a keyword list JSON text even when it is a bare
        // string. Only functions older than STRICT tables (SQLite 3.37): no `unixepoch` or `->`.
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT d.id, d.recipient_key, CAST(json_extract(d.fields, '$.category') AS TEXT),
                    json_quote(json_extract(d.fields, '$.keywords')), d.outcome,
                    CASE WHEN d.outcome IN (\(decidedByProvider)) AND d.decided_at IS NOT NULL
                        THEN round((julianday(d.decided_at) - julianday(d.sent_at)) * 86400) / 3600.0 END,
                    (SELECT min(status = 'met') FROM deadlines
                     WHERE document_id = d.id AND is_policy = 1 AND status IN ('met', 'missed'))
                FROM documents d
                WHERE d.kind IN (\(noticeKinds)) AND d.sent_at IS NOT NULL AND d.sent_at >= ? AND d.sent_at < ?
                """, arguments: [ISO8601.format(from), ISO8601.format(to)])
        var tally = ReportTally()
        var groups: [NoticeGroup: Int] = [:]
        while let row = try rows.next() {
            tally.notices += 1
            groups[NoticeGroup(provider: row[1], category: row[2], keywords: row[3], outcome: row[4]), default: 0] += 1
            if let hours: Double = row[5] { tally.hoursToDecision.append(hours) }
            if let met: Int = row[6] {
                tally.policyDeadlineKnown += 1
                tally.withinPolicyDeadline += met
            }
            if !followUps.isEmpty, let counts = followUps[row[0]] {
                tally.remindersSent += counts.reminders
                tally.escalationsSent += counts.escalations
            }
        }
        tally.hoursToDecision.sort()
        var keywordLists: [String: [DSAKeyword]] = [:]
        for (group, count) in groups {
            tally.byProvider[group.provider, default: 0] += count
            tally.byCategory[group.category.flatMap(DSACategory.init(rawValue:)), default: 0] += count
            tally.byOutcome[group.outcome.flatMap(DocumentOutcome.init(rawValue:)), default: 0] += count
            guard let json = group.keywords else { continue }
            if keywordLists[json] == nil { keywordLists[json] = try keywords(in: json, db: db) }
            for keyword in keywordLists[json] ?? [] { tally.byKeyword[keyword, default: 0] += count }
        }
        return tally
    }

    /// The outcomes a provider decides, as an SQL list: all but "no answer", which the flagger
    /// records when none came (it has no time to decision).
    private static let decidedByProvider = DocumentOutcome.allCases.filter { $0 != .noAnswer }
        .map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// The kinds the report counts, by their definitions' `report` (DSA Art. 22(3): Art. 16
    /// notices only; their reminders and complaints under them), as SQL lists of literals.
    private static let noticeKinds = DocumentKinds.sqlList { $0.report == .notice }
    private static let reminderKinds = DocumentKinds.sqlList { $0.report == .reminder }
    private static let escalationKinds = DocumentKinds.sqlList { $0.report == .escalation }

    /// Notices counted together: the same recipient key, category, keyword list (as JSON text)
    /// and outcome, as stored.
    private struct NoticeGroup: Hashable {
        var provider: String?
        var category: String?
        var keywords: String?
        var outcome: String?
    }

    /// The known keywords of a stored keyword list, read by SQLite's own JSON reader.
    private static func keywords(in json: String, db: Database) throws -> [DSAKeyword] {
        try String.fetchAll(db, sql: "SELECT value FROM json_each(?) WHERE type = 'text'", arguments: [json])
            .compactMap(DSAKeyword.init(rawValue:))
    }

    /// For every document with sent follow-ups anywhere below it: how many are reminders and
    /// how many DSA Art. 20 / Art. 53 complaints. Reads only documents that have a parent, as
    /// integers (the kind is classified by SQLite), and walks each sent follow-up up its chain.
    static func followUpCounts(in db: Database) throws -> [Int64: (reminders: Int, escalations: Int)] {
        var parent: [Int64: Int64] = [:]
        var sent: [(id: Int64, isReminder: Bool)] = []
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, parent_id, CASE WHEN sent_at IS NULL THEN 0 WHEN kind IN (\(reminderKinds)) THEN 1
                    WHEN kind IN (\(escalationKinds)) THEN 2 ELSE 0 END
                FROM documents WHERE parent_id IS NOT NULL
                """)
        while let row = try rows.next() {
            let id: Int64 = row[0]
            parent[id] = row[1]
            let followUp: Int = row[2]
            if followUp != 0 { sent.append((id, followUp == 1)) }
        }
        var counts: [Int64: (reminders: Int, escalations: Int)] = [:]
        for followUp in sent {
            var seen: Set<Int64> = [followUp.id]
            var ancestor = parent[followUp.id]
            while let current = ancestor, seen.insert(current).inserted {
                var count = counts[current] ?? (0, 0)
                if followUp.isReminder { count.reminders += 1 } else { count.escalations += 1 }
                counts[current] = count
                ancestor = parent[current]
            }
        }
        return counts
    }

    /// The ids of the items of a case, by the case's reference; nil when there is no such case.
    public static func caseItemIDs(reference: String, in db: Database) throws -> [Int64]? {
        guard
            let caseID = try Int64.fetchOne(db, sql: "SELECT id FROM cases WHERE reference = ?", arguments: [reference])
        else { return nil }
        return try Int64.fetchAll(db, sql: "SELECT id FROM items WHERE case_id = ? ORDER BY id", arguments: [caseID])
    }
}

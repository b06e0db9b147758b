import FlagdeskCore
import FlagdeskEngine
import FlagdeskStore
import FlagdeskTUI
import Foundation

/// The suite's case rows (issue #18): `case show` of one case and the Cases tab, each timed
/// through the engine and through the `sqlite3` shell on the SQL the store runs for it, and
/// the Cases tab as a keystroke drawn into an in-memory screen.
enum CaseBench {
    /// Cases the suite's store holds, and items in each (50,000 × 20 = the whole million).
    static let cases = 50_000
    static let perCase = 20

    static func rows(_ desk: Desk, time: (String, () throws -> Void, String) throws -> BenchRow) throws -> [BenchRow] {
        let total = try desk.cases(limit: 1).total
        guard total > 0 else { return [] }
        let middle = try desk.cases(limit: 1, offset: total / 2).cases[0]
        let now = ISO8601.format(desk.now)
        let caseSQL = """
            SELECT \(caseColumns) FROM cases WHERE reference = '\(middle.reference)';
            SELECT \(BenchSQL.itemColumns) FROM items WHERE case_id = \(middle.id) \
            ORDER BY coalesce(provider_key, '~' || host), status, id;
            SELECT d.* FROM documents d JOIN document_items di ON di.document_id = d.id \
            WHERE di.item_id IN (SELECT id FROM items WHERE case_id = \(middle.id));
            SELECT dl.* FROM deadlines dl WHERE dl.document_id IN (SELECT di.document_id FROM document_items di \
            JOIN items i ON i.id = di.item_id WHERE i.case_id = \(middle.id));
            SELECT * FROM events WHERE entity = 'case' AND entity_id = '\(middle.reference)' ORDER BY id;
            SELECT o.id, ci.reference FROM items ci JOIN items o ON o.url_normalized = ci.url_normalized \
            AND o.id <> ci.id WHERE ci.case_id = \(middle.id) AND o.case_id IS NOT ci.case_id
            """
        let tabSQL = """
            SELECT \(caseColumns) FROM cases WHERE status = 'open' \
            ORDER BY status DESC, threat_to_life DESC, coalesce(next_deadline_at, '9999'), id LIMIT 500 OFFSET 0;
            SELECT COUNT(*) FROM cases WHERE status = 'open';
            SELECT COUNT(*) FROM cases WHERE status = 'open' AND coalesce(next_deadline_at, '9999') < '\(now)'
            """
        return [
            try time(
                "case show (\(middle.itemCount) items, \(grouped(total)) cases)",
                { _ = try desk.caseDetail(reference: middle.reference) }, caseSQL),
            try time("Cases tab (500 most urgent cases)", { _ = try desk.cases(limit: 500) }, tabSQL),
            try MainActor.assumeIsolated { try tabKeystroke(desk) },
        ]
    }

    static let caseColumns = """
        id, reference, title, person_id, status, lea_hold, item_count, open_item_count, threat_to_life, \
        next_deadline_at, created_at, created_by, closed_at, purged_at, version
        """

    /// `C` from the queue (the Cases tab read and drawn), then `Enter` on the first case.
    @MainActor
    static func tabKeystroke(_ desk: Desk) throws -> BenchRow {
        let screen = MemoryScreen(size: TerminalSize(rows: 43, columns: 132))
        var tab: [Double] = []
        var open: [Double] = []
        for _ in 0..<7 {
            let controller = try DeskController(desk: desk)
            let loop = DeskLoop(
                controller: controller, screen: screen,
                identity: DeskIdentity(user: "bench", role: "coordinator", store: "-"))
            controller.screenSize = screen.size
            tab.append(
                measureSeconds {
                    controller.handle(.rune("C")); loop.draw()
                })
            open.append(
                measureSeconds {
                    controller.handle(.enter); loop.draw()
                })
        }
        let median = { (values: [Double]) in values.sorted()[values.count / 2] }
        return BenchRow(
            measure: "TUI Cases tab (C, then Enter on the first case)",
            result: "C \(BenchTable.milliseconds(median(tab))), Enter \(BenchTable.milliseconds(median(open)))",
            target: "< 50 ms")
    }
}

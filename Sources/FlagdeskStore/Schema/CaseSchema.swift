/// Migration `v13-cases`: cases become usable. A case's state follows its items (open while any
/// item is open), and the Cases tab sorts by urgency (threat to life first, then the earliest
/// deadline) over tens of thousands of cases: so the counts, the threat flag and the earliest
/// open deadline are kept on the case row by triggers, in the same statement as any item change
/// that affects them, whichever use case made it. The triggers fire only for items in a case,
/// so bulk import (no case) pays nothing. The title is erased once every item of the case is
/// purged (the retention purge erases items; the case has no words of its own left).
enum CaseSchema {
    static let open = "status <> 'resolved' AND status <> 'no-action'"

    /// Recomputes the summary of the case `id` (an SQL expression) from its items; `at` is the
    /// instant a case closes at (the updated_at of the item that closed it).
    static func refresh(_ id: String, at: String) -> String {
        let count = "(SELECT COUNT(*) FROM items WHERE case_id = \(id))"
        let openCount = "(SELECT COUNT(*) FROM items WHERE case_id = \(id) AND \(open))"
        return """
            UPDATE cases SET
                item_count = \(count),
                open_item_count = \(openCount),
                threat_to_life = EXISTS (SELECT 1 FROM items WHERE case_id = \(id) AND threat_to_life = 1 AND \(open)),
                next_deadline_at = (SELECT MIN(next_deadline_at) FROM items WHERE case_id = \(id) AND \(open)),
                status = CASE WHEN \(openCount) > 0 OR \(count) = 0 THEN 'open' ELSE 'closed' END,
                closed_at = CASE WHEN \(openCount) > 0 OR \(count) = 0 THEN NULL ELSE coalesce(closed_at, \(at)) END
            WHERE id = \(id);
            """
    }

    static let v13 = """
        ALTER TABLE cases ADD COLUMN lea_hold INTEGER NOT NULL DEFAULT 0 CHECK (lea_hold IN (0, 1));
        ALTER TABLE cases ADD COLUMN item_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE cases ADD COLUMN open_item_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE cases ADD COLUMN threat_to_life INTEGER NOT NULL DEFAULT 0 CHECK (threat_to_life IN (0, 1));
        ALTER TABLE cases ADD COLUMN next_deadline_at TEXT;
        ALTER TABLE cases ADD COLUMN updated_at TEXT;
        ALTER TABLE cases ADD COLUMN purged_at TEXT;
        CREATE INDEX cases_by_urgency ON cases(status DESC, threat_to_life DESC, coalesce(next_deadline_at, '9999'), id);
        CREATE INDEX cases_by_person ON cases(person_id) WHERE person_id IS NOT NULL;
        CREATE TRIGGER cases_follow_item_insert AFTER INSERT ON items WHEN new.case_id IS NOT NULL BEGIN
            \(refresh("new.case_id", at: "new.updated_at"))
        END;
        CREATE TRIGGER cases_follow_item_update
        AFTER UPDATE OF status, threat_to_life, next_deadline_at, case_id ON items
        WHEN old.case_id IS NOT NULL OR new.case_id IS NOT NULL BEGIN
            \(refresh("new.case_id", at: "new.updated_at"))
            \(refresh("old.case_id", at: "new.updated_at"))
        END;
        CREATE TRIGGER cases_purged_with_items AFTER UPDATE OF purged_at ON items
        WHEN new.purged_at IS NOT NULL AND new.case_id IS NOT NULL BEGIN
            UPDATE cases SET title = 'purged:' || reference, purged_at = new.purged_at
            WHERE id = new.case_id AND purged_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM items WHERE case_id = new.case_id AND purged_at IS NULL);
        END;
        \(refresh("cases.id", at: "cases.created_at").replacingOccurrences(of: "WHERE id = cases.id;", with: ";"))
        """
}

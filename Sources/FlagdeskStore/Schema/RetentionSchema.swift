import GRDB

extension Schema {
    /// Migration `v5-retention`: the purge asks, for every person and case, whether all their
    /// items and documents are closed. Without these indexes each question scans every item.
    static let v5Retention = """
        CREATE INDEX items_by_person ON items(person_id) WHERE person_id IS NOT NULL;
        CREATE INDEX documents_by_person ON documents(person_id) WHERE person_id IS NOT NULL;
        CREATE INDEX items_by_case ON items(case_id) WHERE case_id IS NOT NULL;
        CREATE INDEX evidence_purged ON evidence(purged_at) WHERE purged_at IS NOT NULL;
        """
}

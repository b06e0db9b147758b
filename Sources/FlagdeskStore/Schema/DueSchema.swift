/// v21-due: the Due tab reads threats to life first, then the nearest deadline (DESIGN.md §4).
/// Each of its two groups is one range of this index, in order; with the deadline index alone,
/// a window of the first group walked every item with a deadline to find the few threats to
/// life (40 ms a key at 1,000,000 items). Imported items carry no deadline: the index stays empty
/// for them.
enum DueSchema {
    static let v21 = """
        CREATE INDEX items_due ON items(threat_to_life, next_deadline_at, id) WHERE next_deadline_at IS NOT NULL;
        """
}

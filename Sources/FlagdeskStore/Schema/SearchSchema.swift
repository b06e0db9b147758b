/// Migration v7, for searching a large desk. The full-text index without per-row column sizes. FTS5 keeps them only to
/// rank matches by relevance (bm25), which the queue never does (it lists matches in queue
/// order); writing them was a quarter of filling the index at import (4.1 s instead of 5.2 s
/// for a million items). The index is rebuilt from `items` with the same columns and
/// tokenizer, so every search finds what it found before; the triggers keep their text.
/// And an index in queue order over all items, which a search or list without a status filter
/// walks (`FullTextPlan`) instead of sorting every match.
enum SearchSchema {
    static let v7 = """
        DROP TABLE items_fts;
        CREATE VIRTUAL TABLE items_fts USING fts5(
            reference, url, host, explanation, legal_basis,
            content = 'items', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2',
            columnsize = 0
        );
        INSERT INTO items_fts(items_fts) VALUES ('rebuild');
        CREATE INDEX items_order ON items(priority, created_at, id);
        """
}

import FlagdeskCore
import Foundation
import GRDB
import Testing

@testable import FlagdeskStore

@Suite("Items in the store")
struct ItemRecordsTests {
    @Test func referencesCountPerYear() throws {
        let store = try makeTemporaryStore()
        let refs = try store.write { db in
            [
                try ItemRecords.insert(sampleItem(url: "https://a.example/1"), year: 2026, in: db).reference,
                try ItemRecords.insert(sampleItem(url: "https://a.example/2"), year: 2026, in: db).reference,
                try ItemRecords.insert(sampleItem(url: "https://a.example/3"), year: 2027, in: db).reference,
            ]
        }
        #expect(refs == ["FD-2026-000001", "FD-2026-000002", "FD-2027-000001"])
    }

    @Test func roundTripsEveryField() throws {
        let store = try makeTemporaryStore()
        var item = sampleItem()
        item.threatToLife = true
        item.leaHold = true
        item.minor = .yes
        item.legalBasis = "Directive 2011/36/EU Art. 2"
        let stored = try store.write { db in try ItemRecords.insert(item, year: 2026, in: db) }
        let loaded = try #require(try store.read { db in try ItemRecords.find(reference: stored.reference, in: db) })
        #expect(loaded == stored)
        #expect(loaded.keywords == [.humanTrafficking])
        #expect(loaded.contentTypes == [.text, .image])
    }

    @Test func staleWriteIsRefusedAndNothingIsLost() throws {
        let store = try makeTemporaryStore()
        let stored = try store.write { db in try ItemRecords.insert(sampleItem(), year: 2026, in: db) }
        var mine = stored
        var theirs = stored
        theirs.explanation = "colleague's edit"
        _ = try store.write { db in try ItemRecords.update(theirs, at: fixedNow, in: db) }
        mine.explanation = "my edit"
        #expect(throws: StoreError.staleWrite(record: "item \(stored.reference)", expectedVersion: 1, actualVersion: 2))
        {
            try store.write { db in try ItemRecords.update(mine, at: fixedNow, in: db) }
        }
        let loaded = try store.read { db in try ItemRecords.find(id: stored.id, in: db) }
        #expect(loaded?.explanation == "colleague's edit")
    }

    @Test func filtersAndFullTextSearch() throws {
        let store = try makeTemporaryStore()
        try store.write { db in
            var urgent = sampleItem(url: "https://x.example/threat", explanation: "threat to a person's life")
            urgent.priority = .urgent
            _ = try ItemRecords.insert(urgent, year: 2026, in: db)
            var other = sampleItem(url: "https://y.example/ad", explanation: "brothel advert, Zürich")
            other.category = .violence
            other.providerKey = "other"
            _ = try ItemRecords.insert(other, year: 2026, in: db)
        }
        let all = try store.read { db in try ItemRecords.list(ItemFilter(), limit: 10, in: db) }
        #expect(all.map(\.url) == ["https://x.example/threat", "https://y.example/ad"], "urgent first")
        let byCategory = try store.read { db in try ItemRecords.list(ItemFilter(category: .violence), limit: 10, in: db)
        }
        #expect(byCategory.map(\.url) == ["https://y.example/ad"])
        let byProvider = try store.read { db in try ItemRecords.count(ItemFilter(providerKey: "example"), in: db) }
        #expect(byProvider == 1)
        let byText = try store.read { db in try ItemRecords.list(ItemFilter(text: "zurich"), limit: 10, in: db) }
        #expect(byText.map(\.url) == ["https://y.example/ad"], "diacritics folded, prefix match")
        let hostile = try store.read { db in try ItemRecords.list(ItemFilter(text: "\" OR * NEAR("), limit: 10, in: db)
        }
        #expect(hostile.isEmpty, "FTS syntax in user text is quoted, not executed")
    }

    @Test func strictTablesRejectWrongTypes() throws {
        let store = try makeTemporaryStore()
        #expect(throws: StoreError.self) {
            try store.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO items (reference, url, url_normalized, host, source, status, priority, created_at,
                        created_by, updated_at) VALUES ('X', 'u', 'u', 'h', 'hotline', 'new', 'high', 't', 'a', 't')
                        """)
            }
        }
    }
}

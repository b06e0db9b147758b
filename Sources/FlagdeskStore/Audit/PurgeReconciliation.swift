import Crypto
import FlagdeskCore
import Foundation
import GRDB

/// How the retention purge keeps the records and the audit trail in agreement once it has erased
/// what items and documents say.
///
/// - An import's digest covers its items' normalised URLs, which the purge erases. Before
///   erasing, the purge checks that each import it touches still hashes to the latest digest on
///   record (refusing when not: the store was altered), then records in its own event the digest
///   the import's items will hash to with the purged lines in their purged form
///   (`import_digest:<import event id>`). `verify` checks each import against the latest such
///   digest; the chain protects the purge events that carry them.
/// - Each purge event records the SHA-256 of the references it purged (`purged_items_sha256`,
///   `purged_documents_sha256`, over `reference LF` in id order); the rows record the event's
///   instant as `purged_at`. `verify` groups the purged rows by that instant and matches them to
///   the event: a row marked purged by hand, or a purged row un-marked, shows.
public enum PurgeReconciliation {
    static let importDigestPrefix = "import_digest:"
    static let itemsKey = "purged_items_sha256"
    static let documentsKey = "purged_documents_sha256"
    static let mailKey = "purged_mail_sha256"

    /// SHA-256 (hex) over `reference LF` of each reference, in the order given (id order): what
    /// a purge event records of the items or documents it purged.
    public static func referencesDigest(_ references: [String]) -> String {
        var group = PurgedGroup(at: "")
        for reference in references { group.add(reference) }
        return group.hex
    }

    /// The payload entries a purge event records: its import digests and the digests of the
    /// references it purged.
    public static func payload(
        importDigests: [Int64: String], items: [String], documents: [String], mail: [String] = []
    ) -> [String: String] {
        var payload: [String: String] = [:]
        for (event, digest) in importDigests { payload[importDigestPrefix + String(event)] = digest }
        if !items.isEmpty { payload[itemsKey] = referencesDigest(items) }
        if !documents.isEmpty { payload[documentsKey] = referencesDigest(documents) }
        if !mail.isEmpty { payload[mailKey] = referencesDigest(mail) }
        return payload
    }

    /// For every import with an item among `itemIDs`: checks that its items still hash to the
    /// latest digest on record for it, and returns, by import event id, the digest they will hash
    /// to once those items are purged. Refused when an import no longer matches: a purge must
    /// not launder an altered row into a fresh digest.
    public static func importDigests(purging itemIDs: [Int64], in db: Database) throws -> [Int64: String] {
        guard !itemIDs.isEmpty else { return [:] }
        let purging = Set(itemIDs)
        let sorted = itemIDs.sorted()
        let latest = try latestImportDigests(in: db)
        var digests: [Int64: String] = [:]
        for event in try AuditReconciliation.importEvents(in: db) {
            guard let recorded = event.payload["items_sha256"], let count = event.payload["items"].flatMap(Int.init),
                let range = try AuditReconciliation.idRange(of: event, in: db),
                contains(sorted, anyOf: range)
            else { continue }
            let (now, afterPurge) = try AuditReconciliation.digests(of: range, purging: purging, in: db)
            guard now.count == count, now.finalizedHex() == (latest[event.event.id] ?? recorded) else {
                throw StoreError.refused(
                    "\(event.label) no longer matches the digest recorded for its items: the store was altered "
                        + "outside Flagdesk; nothing was purged (run `flagdesk verify`)")
            }
            digests[event.event.id] = afterPurge.finalizedHex()
        }
        return digests
    }

    /// The digest each import's items must hash to now, by import event id, where a purge
    /// recorded one (the latest wins).
    static func latestImportDigests(in db: Database) throws -> [Int64: String] {
        var latest: [Int64: String] = [:]
        for (_, payload) in try purgeEvents(in: db) {
            for (key, digest) in payload where key.hasPrefix(importDigestPrefix) {
                if let event = Int64(key.dropFirst(importDigestPrefix.count)) { latest[event] = digest }
            }
        }
        return latest
    }

    /// Whether a purge event at `at` (stored text) already erased items or documents.
    static func contentPurgeRecorded(at: String, in db: Database) throws -> Bool {
        try purgeEvents(in: db, at: at).contains {
            $0.payload[itemsKey] != nil || $0.payload[documentsKey] != nil || $0.payload[mailKey] != nil
        }
    }

    /// Purged items and documents no purge event accounts for, and purge events whose rows are
    /// no longer marked purged. The rows are read in `purged_at` order (the partial index) and
    /// hashed group by group, so a store with a million purged items holds one group's count.
    static func unaccountedPurges(in db: Database) throws -> [String] {
        var byInstant: [String: [(id: Int64, payload: [String: String])]] = [:]
        for (event, payload) in try purgeEvents(in: db) { byInstant[event.at, default: []].append((event.id, payload)) }
        var problems: [String] = []
        // A message's mark is not sealed (v18 came after the seal): this binding is what holds it.
        for (table, noun, key) in [
            ("items", "item", itemsKey), ("documents", "document", documentsKey), ("mail_messages", "mail", mailKey),
        ] {
            var marked: Set<String> = []
            func check(_ group: PurgedGroup) {
                marked.insert(group.at)
                let recorded = (byInstant[group.at] ?? []).compactMap { event in
                    event.payload[key].map { (event.id, $0) }
                }
                guard let (event, digest) = recorded.first else {
                    let more = group.count > 3 ? " and \(group.count - 3) more" : ""
                    problems.append(
                        "\(noun) \(group.named.joined(separator: ", "))\(more) marked purged at \(group.at), but no "
                            + "purge event at that time accounts for \(group.count == 1 ? "it" : "them")")
                    return
                }
                if group.hex != digest {
                    problems.append(
                        "the \(group.count) \(table) marked purged at \(group.at) are not those purge event #\(event) "
                            + "recorded")
                }
            }
            var group: PurgedGroup?
            let rows = try Row.fetchCursor(
                db,
                sql: "SELECT purged_at, reference FROM \(table) WHERE purged_at IS NOT NULL ORDER BY purged_at, id")
            while let row = try rows.next() {
                let at: String = row[0]
                if group?.at != at {
                    if let group { check(group) }
                    group = PurgedGroup(at: at)
                }
                group?.add(row[1])
            }
            if let group { check(group) }
            for (at, events) in byInstant.sorted(by: { $0.key < $1.key }) where !marked.contains(at) {
                for event in events where event.payload[key] != nil {
                    problems.append(
                        "purge event #\(event.id) recorded \(table) purged at \(at); none is marked purged any more")
                }
            }
        }
        return problems
    }

    /// The references of the rows marked purged at one instant, hashed as `referencesDigest`
    /// says: `reference LF` each, in id order.
    private struct PurgedGroup {
        let at: String
        var digest = SHA256()
        var count = 0
        /// The first few references, to name in a message.
        var named: [String] = []

        init(at: String) { self.at = at }

        var hex: String { digest.finalize().lowercaseHex }

        mutating func add(_ reference: String) {
            digest.update(data: Array("\(reference)\n".utf8))
            count += 1
            if named.count < 3 { named.append(reference) }
        }
    }

    /// The purge events, oldest first, with their payloads (`at`: the stored text).
    private static func purgeEvents(in db: Database, at: String? = nil) throws -> [(
        event: (id: Int64, at: String), payload: [String: String]
    )] {
        var sql = "SELECT id, at, payload FROM events WHERE entity = 'store' AND entity_id = 'retention'"
        sql += " AND action = 'purge'"
        var arguments: StatementArguments = []
        if let at {
            sql += " AND at = ?"
            arguments += [at]
        }
        return try Row.fetchAll(db, sql: sql + " ORDER BY id", arguments: arguments).compactMap { row in
            guard
                let payload = try? JSONDecoder().decode([String: String].self, from: Data((row[2] as String).utf8))
            else { return nil }
            return ((row[0], row[1]), payload)
        }
    }

    /// Whether a sorted array holds an element of `range`.
    private static func contains(_ sorted: [Int64], anyOf range: ClosedRange<Int64>) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] <= range.upperBound
    }
}

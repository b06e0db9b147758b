import FlagdeskCore
import FlagdeskStore
import Foundation

/// The reading half of an import, run on its own thread: reads the file in chunks, hashes it,
/// parses and checks every row as `add` would, writes rejected rows to the rejects file, and
/// sends the good rows, as items ready to insert, through the `ImportChannel`. The writer reads
/// the counts below only after the channel is closed (the channel's lock orders the two).
///
/// `@unchecked Sendable`: owned by the reading thread until it closes the channel, then only
/// read by the writer.
final class ImportRowSource: @unchecked Sendable {
    private let input: ImportInput
    private let channel: ImportChannel
    private let rejects: RejectsFile?
    private let directory: Directory
    private let now: Date
    private let actor: String
    private var reader: ImportReader
    private var validator: ImportRowValidator
    /// Numbers, lays out and seals each good row for the writer (`ItemBatchWriter.makePreparer`).
    private var preparer: ItemRowPreparer
    /// Provider per host: a file repeats a few thousand hosts over and over (bounded).
    private var providerByHost: [String: String?] = [:]
    private var pending = ImportBatch()

    private(set) var rows = 0
    private(set) var rejected = 0
    private(set) var rejections: [ImportRejection] = []
    private(set) var sha256 = ""
    var header: [String]? { reader.header }
    var ignoredColumns: [String] { reader.ignoredColumns }
    var delimiter: UInt8? { reader.delimiter }

    init(
        input: ImportInput, format: ImportFormat, mapping: ColumnMapping, defaultSource: ItemSource,
        rejects: RejectsFile?, desk: Desk, preparer: ItemRowPreparer, channel: ImportChannel
    ) {
        self.preparer = preparer
        self.input = input
        self.channel = channel
        self.rejects = rejects
        self.directory = desk.directory
        self.now = desk.now
        self.actor = desk.actor
        reader = ImportReader(format: format, mapping: mapping)
        validator = ImportRowValidator(defaultSource: defaultSource)
    }

    /// Starts reading on a thread of its own (with a main thread's stack: JSON records are
    /// decoded recursively).
    func start() {
        let thread = Thread { [self] in run() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    private struct Stopped: Error {}

    private func run() {
        do {
            try readAll()
            channel.close(.finished)
        } catch {
            channel.close(.failed(error))
        }
    }

    private func readAll() throws {
        var hasher = StreamHasher()
        while let chunk = try input.nextChunk() {
            hasher.update(chunk)
            try reader.feed(chunk) { record in try take(record) }
        }
        try reader.finish { record in try take(record) }
        try flush()
        sha256 = hasher.finalizedHex()
    }

    private func take(_ record: ImportRecord) throws {
        rows += 1
        switch validator.validate(record) {
        case .failure(let rejection):
            rejected += 1
            if rejections.count < ImportSummary.rejectionsShown { rejections.append(rejection) }
            try rejects?.write(rejection, header: record.header)
        case .success(let row):
            pending.rows.append(preparer.prepare(item(row)))
        }
        if pending.rows.count >= ImportChannel.batchSize { try flush() }
    }

    private func flush() throws {
        pending.rowsRead = rows
        guard channel.send(pending) else { throw Stopped() }
        pending = ImportBatch()
        pending.rows.reserveCapacity(ImportChannel.batchSize)
    }

    private func item(_ row: ValidatedImportRow) -> Item {
        Item(
            url: row.url, normalizedURL: row.normalized.normalized, host: row.normalized.host,
            providerKey: providerKey(forHost: row.normalized.host), category: row.category, keywords: row.keywords,
            contentTypes: row.contentTypes, legalBasis: row.legalBasis, explanation: row.explanation,
            minor: row.minor, threatToLife: row.threatToLife, source: row.source, status: .new,
            priority: Priority.derived(threatToLife: row.threatToLife, minor: row.minor, keywords: row.keywords),
            duplicateOf: nil, createdAt: now, createdBy: actor)
    }

    private func providerKey(forHost host: String) -> String? {
        if let known = providerByHost[host] { return known }
        let key = directory.provider(forHost: host)?.key
        if providerByHost.count < 50_000 { providerByHost[host] = .some(key) }
        return key
    }
}

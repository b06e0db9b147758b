import FlagdeskCore
import FlagdeskStore
import Foundation

/// Rows read, checked and prepared (numbered, laid out, sealed: `ItemRowPreparer`) on the
/// reading thread, handed to the writing thread in file order, `ImportChannel.batchSize` at a time.
struct ImportBatch {
    var rows: [PreparedItemRow] = []
    /// Rows read from the file up to the end of this batch (rejected rows included).
    var rowsRead = 0
}

/// The hand-over between an import's two threads: the reader parses, checks and prepares rows
/// while the writer inserts the previous ones (on two cores an import takes the longer of the
/// two instead of their sum). At most `capacity` batches wait, so memory stays flat however
/// large the file; the writer can stop the reader (a store error) and waits until it has.
///
/// `@unchecked Sendable`: every field is read and written under `condition`.
final class ImportChannel: @unchecked Sendable {
    static let batchSize = 1_024
    static let capacity = 4

    enum End {
        case finished
        case failed(any Error)
    }

    private let condition = NSCondition()
    private var waiting: [ImportBatch] = []
    private var end: End?
    private var cancelled = false

    /// Reader: queues a batch, waiting while `capacity` are queued. False when the writer has
    /// stopped the import (the reader then stops too).
    func send(_ batch: ImportBatch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= Self.capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        waiting.append(batch)
        condition.broadcast()
        return true
    }

    /// Reader: its last call, how reading ended.
    func close(_ how: End) {
        condition.lock()
        end = how
        condition.broadcast()
        condition.unlock()
    }

    /// Writer: the next batch in file order, or nil once the reader has closed the channel and
    /// every batch was taken; `ending` then tells how reading ended.
    func receive() -> ImportBatch? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && end == nil { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        let batch = waiting.removeFirst()
        condition.broadcast()
        return batch
    }

    var ending: End? {
        condition.lock()
        defer { condition.unlock() }
        return end
    }

    /// Writer: stops the reader and waits until it has closed the channel, so nothing it uses
    /// (the file, the rejects file) is closed under it. Does nothing once it has.
    func stopReaderAndWait() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while end == nil { condition.wait() }
        condition.unlock()
    }
}

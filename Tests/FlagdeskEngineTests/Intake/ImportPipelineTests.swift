import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskEngine

/// The import reads on one thread and writes on another (`ImportChannel`): these files span
/// many batches, so what the reader finds late must still decide what the writer keeps.
@Suite("Intake: import across reader and writer threads")
struct ImportPipelineTests {
    /// `rows` data rows (more than `ImportChannel.capacity` batches), every 7th repeating an
    /// earlier URL; `bad` lines (1-based data rows) carry an unknown category.
    private func largeFile(rows: Int, bad: Set<Int> = [], tail: String = "") -> String {
        var text = "url,category,explanation\n"
        for row in 1...rows {
            let id = row % 7 == 0 ? row - 3 : row
            text +=
                "https://host\(id % 13).example.test/ad/\(id),\(bad.contains(row) ? "no-such-category" : ""),row \(row)\n"
        }
        return text + tail
    }

    private let rows = ImportChannel.batchSize * (ImportChannel.capacity + 2) + 17

    @Test func everyRowIsStoredInFileOrderWithDuplicatesLinked() throws {
        let desk = try makeDesk()
        let summary = try desk.importItems(
            ImportRequest(file: try importFile(largeFile(rows: rows), name: "large.csv"), defaultSource: .partner))
        #expect(summary.rows == rows)
        #expect(summary.added + summary.linkedAsDuplicates == rows)
        #expect(summary.linkedAsDuplicates == rows / 7)
        let items = try desk.allItems()
        #expect(items.count == rows)
        #expect(items.map(\.explanation) == (1...rows).map { "row \($0)" })
        #expect(items.last?.reference == "FD-2026-\(String(rows).leftPadded(to: 6))")
        // Row 7 repeats row 4's URL: linked to the item of row 4.
        #expect(items[6].duplicateOf == items[3].id)
        #expect(try desk.verify().isIntact)
    }

    @Test func aBadRowNearTheEndRefusesTheWholeFile() throws {
        let desk = try makeDesk()
        let rejects = temporaryFolder("rejects").appendingPathComponent("rejects.csv")
        let summary = try desk.importItems(
            ImportRequest(
                file: try importFile(largeFile(rows: rows, bad: [2, rows - 1]), name: "late.csv"), rejectsFile: rejects)
        )
        #expect(!summary.stored)
        #expect(summary.rejected == 2)
        #expect(summary.rejections.map(\.line) == [3, rows])
        #expect(try desk.allItems().isEmpty)
        let written = try String(contentsOf: rejects, encoding: .utf8).split(whereSeparator: \.isNewline)
        #expect(written.count == 3)
    }

    @Test func partialKeepsEveryGoodRowAroundLateRejections() throws {
        let desk = try makeDesk()
        let summary = try desk.importItems(
            ImportRequest(
                file: try importFile(largeFile(rows: rows, bad: [rows - 1]), name: "late.csv"), partial: true))
        #expect(summary.stored)
        #expect(summary.rejected == 1)
        #expect(try desk.allItems().count == rows - 1)
    }

    @Test func aBrokenFileEndAfterManyBatchesStoresNothing() throws {
        let desk = try makeDesk()
        let broken = largeFile(rows: rows, tail: "https://late.example.test/,\"never closed\n")
        #expect(throws: EngineError.self) {
            try desk.importItems(ImportRequest(file: try importFile(broken, name: "broken.csv"), partial: true))
        }
        #expect(try desk.allItems().isEmpty)
        // The store is usable afterwards (the reader thread let go of everything).
        let retry = try desk.importItems(ImportRequest(file: try importFile(largeFile(rows: 10), name: "ok.csv")))
        #expect(retry.stored && retry.added + retry.linkedAsDuplicates == 10)
    }

    @Test func progressIsReportedAtEveryInterval() throws {
        let desk = try makeDesk()
        let seen = ProgressLog()
        var request = ImportRequest(file: try importFile(largeFile(rows: rows), name: "large.csv")) { seen.add($0) }
        request.progressInterval = 2_000
        _ = try desk.importItems(request)
        #expect(seen.values == Array(stride(from: 2_000, through: rows, by: 2_000)))
    }
}

@Suite("Intake: the channel between the import's threads")
struct ImportChannelTests {
    private func batch(_ rowsRead: Int) -> ImportBatch {
        ImportBatch(rows: [], rowsRead: rowsRead)
    }

    @Test func batchesArriveInOrderThenTheEnd() {
        let channel = ImportChannel()
        let sender = Thread {
            for index in 1...20 { _ = channel.send(ImportBatch(rows: [], rowsRead: index)) }
            channel.close(.finished)
        }
        sender.start()
        var received: [Int] = []
        while let next = channel.receive() { received.append(next.rowsRead) }
        #expect(received == Array(1...20))
        if case .finished = channel.ending {} else { Issue.record("expected a finished channel") }
    }

    @Test func aFullChannelHoldsTheReaderBackAndStoppingReleasesIt() {
        let channel = ImportChannel()
        for index in 1...ImportChannel.capacity { #expect(channel.send(batch(index))) }
        let refused = ProgressLog()
        let sender = Thread {
            // Blocks: the channel is full; returns false once the writer stops the import.
            refused.add(channel.send(ImportBatch(rows: [], rowsRead: 99)) ? 1 : 0)
            channel.close(.finished)
        }
        sender.start()
        channel.stopReaderAndWait()
        #expect(refused.values == [0])
        // What was queued before the stop is still there; the refused batch is not.
        var received: [Int] = []
        while let next = channel.receive() { received.append(next.rowsRead) }
        #expect(received == Array(1...ImportChannel.capacity))
    }

    @Test func stoppingAfterTheReaderEndedReturnsAtOnce() {
        let channel = ImportChannel()
        channel.close(.failed(ImportReadFailure(reason: "disk gone")))
        channel.stopReaderAndWait()
        #expect(channel.receive() == nil)
        if case .failed(let error) = channel.ending {
            #expect((error as? ImportReadFailure)?.reason == "disk gone")
        } else {
            Issue.record("expected a failed channel")
        }
    }
}

/// Values recorded from another thread.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Int] = []

    func add(_ value: Int) {
        lock.lock()
        recorded.append(value)
        lock.unlock()
    }

    var values: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

import Dispatch
import Foundation
import Testing

@testable import FlagdeskStore

/// Two stores open on one folder are two SQLite connections, like two processes: only one can
/// write at a time, and the other waits for it (`WriterWait`) or gives up with `.busy`.
@Suite struct ConcurrentWriterTests {
    /// Holds the write lock of `store` for `seconds` on another thread; returns once it is held.
    private func holdWriteLock(_ store: Store, seconds: Double, done: DispatchGroup) {
        let held = DispatchSemaphore(value: 0)
        done.enter()
        DispatchQueue.global().async {
            try? store.write { db in
                try Meta.set("holder", to: "first", in: db)
                held.signal()
                Thread.sleep(forTimeInterval: seconds)
            }
            done.leave()
        }
        held.wait()
    }

    @Test func aWriterThatCannotGetTheLockInTimeIsRefusedAsBusyNotLocked() throws {
        let first = try makeTemporaryStore()
        let second = try Store(
            folder: first.folder, create: false, wait: WriterWait(limit: .milliseconds(200)),
            sealKeyFile: sealKeyFile(for: first.folder))
        let done = DispatchGroup()
        holdWriteLock(first, seconds: 1.5, done: done)
        let error = #expect(throws: StoreError.self) {
            try second.write { db in try Meta.set("holder", to: "second", in: db) }
        }
        done.wait()
        #expect(error == .busy)
        let message = try #require(error).description
        #expect(message == "the store is busy: another flagdesk process is writing (an import?); try again")
        #expect(!message.contains("locked"))
        #expect(try second.read { db in try Meta.value("holder", in: db) } == "first")
    }

    @Test func aWaitingWriterWaitsForTheOtherAndSaysSoOnce() throws {
        let first = try makeTemporaryStore()
        let notices = NoticeLog()
        let wait = WriterWait(limit: .seconds(30), noticeAfter: .milliseconds(300)) { limit in notices.add(limit) }
        let second = try Store(
            folder: first.folder, create: false, wait: wait, sealKeyFile: sealKeyFile(for: first.folder))
        let done = DispatchGroup()
        holdWriteLock(first, seconds: 1.0, done: done)
        try second.write { db in try Meta.set("holder", to: "second", in: db) }
        done.wait()
        // The second write ran after the first committed: nothing of either is lost.
        #expect(try first.read { db in try Meta.value("holder", in: db) } == "second")
        #expect(notices.limits == [.seconds(30)])

        holdWriteLock(first, seconds: 0.6, done: done)
        try second.write { db in try Meta.set("holder", to: "third", in: db) }
        done.wait()
        #expect(notices.limits.count == 1, "the notice is given once per process")
    }

    @Test func theLimitCanBeShortenedWhileTheStoreIsOpen() throws {
        let first = try makeTemporaryStore()
        let second = try Store(folder: first.folder, create: false, sealKeyFile: sealKeyFile(for: first.folder))
        #expect(second.writerWait.limit == .seconds(120))
        second.writerWait.limit = .milliseconds(100)
        let done = DispatchGroup()
        holdWriteLock(first, seconds: 1.0, done: done)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: StoreError.busy) { try second.write { db in try Meta.set("x", to: "y", in: db) } }
        #expect(clock.now - start < .milliseconds(900))
        done.wait()
    }
}

/// The notices a test's `WriterWait` gave, from the writer's thread.
private final class NoticeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var given: [Duration] = []

    func add(_ limit: Duration) {
        lock.lock()
        given.append(limit)
        lock.unlock()
    }

    var limits: [Duration] {
        lock.lock()
        defer { lock.unlock() }
        return given
    }
}

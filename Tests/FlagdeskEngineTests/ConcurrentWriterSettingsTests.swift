import FlagdeskCore
import FlagdeskStore
import Testing

@testable import FlagdeskEngine

/// How long a change waits for another process's write (`[store] wait_seconds`), and what the
/// user sees when the wait runs out.
@Suite struct ConcurrentWriterSettingsTests {
    @Test func theWaitIsConfiguredInSecondsWithinBounds() throws {
        #expect(try parseConfig("").storeWaitSeconds == 120)
        #expect(try parseConfig("[store]\nwait_seconds = 600\n").storeWaitSeconds == 600)
        let refused = problems("[store]\nwait_seconds = 0\n")
        #expect(refused.count == 1)
        #expect(refused.first?.description.contains("an integer from 1 to 3600") == true)
        #expect(problems("[store]\nwait_seconds = \"2 minutes\"\n").count == 1)
    }

    @Test func aDeskWaitsTheConfiguredTimeAndTheTUICanShortenEachAttempt() throws {
        let desk = try makeDesk()
        #expect(desk.writeWaitLimit == .seconds(120))
        #expect(desk.store.writerWait.limit == .seconds(120))
        desk.waitForWriters(inSlicesOf: .milliseconds(250))
        #expect(desk.store.writerWait.limit == .milliseconds(250))
        desk.waitForWriters(inSlicesOf: nil)
        #expect(desk.store.writerWait.limit == .seconds(120))
    }

    @Test func aStoreThatStaysBusyIsAClearTemporaryFailureNotSQLiteText() {
        let error = EngineError(StoreError.busy)
        #expect(error == .busy("the store is busy: another flagdesk process is writing (an import?); try again"))
        #expect(error.exitCode == 75)
    }
}

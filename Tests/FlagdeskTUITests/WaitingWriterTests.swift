import FlagdeskCore
import FlagdeskEngine
import Foundation
import Testing

@testable import FlagdeskTUI

/// Another process (here the `sqlite3` shell, as an import would) holds the store's write lock:
/// a change made on the desk waits in short slices, redrawing the status line between them, and
/// goes through once the other process commits.
@MainActor @Suite struct WaitingWriterTests {
    /// Starts `sqlite3` on the store inside `BEGIN IMMEDIATE`; returns once it holds the lock.
    private func holdWriteLock(_ desk: Desk) throws -> (Process, FileHandle) {
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        shell.arguments = ["sqlite3", desk.store.folder.appendingPathComponent("flagdesk.sqlite").path]
        let input = Pipe()
        let output = Pipe()
        shell.standardInput = input
        shell.standardOutput = output
        try shell.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nSELECT 'held';\n".utf8))
        var seen = ""
        while !seen.contains("held") {
            let data = output.fileHandleForReading.availableData
            guard !data.isEmpty else { break }
            seen += String(decoding: data, as: UTF8.self)
        }
        #expect(seen.contains("held"), "sqlite3 did not take the lock")
        return (shell, input.fileHandleForWriting)
    }

    @Test func aHoldWaitsForTheOtherWriterAndTheStatusLineSaysSo() throws {
        let desk = try makeDesk()
        desk.waitForWriters(inSlicesOf: .milliseconds(100))
        let controller = try DeskController(desk: desk)
        controller.handle(.rune("2"))  // the Triage tab: new items, none on hold
        let reference = try #require(controller.state.queue.selectedRow?.item.reference)
        var shown: [String] = []
        controller.onWaiting = { shown.append(controller.state.message?.text ?? "") }

        let (shell, input) = try holdWriteLock(desk)
        let release = Thread {
            Thread.sleep(forTimeInterval: 0.8)
            input.write(Data("COMMIT;\n.quit\n".utf8))
        }
        controller.handle(.rune("H"))  // asks first; the write starts at y
        release.start()
        controller.handle(.rune("y"))
        shell.waitUntilExit()

        #expect(shown.count >= 2, "the status line is redrawn while waiting")
        #expect(shown.first?.hasPrefix("waiting for another flagdesk write (an import?): ") == true)
        #expect(controller.state.message?.kind == .info, "\(String(describing: controller.state.message))")
        #expect(controller.state.message?.text.hasPrefix("\(reference) is") == true)
        #expect(try desk.detail(reference: reference).item.leaHold)
    }

    /// Esc while waiting stops the wait: nothing is written, and every key typed meanwhile was
    /// read and dropped (the loop's drain), never run on the next screen.
    @Test func escStopsTheWaitAndNothingIsWritten() throws {
        let desk = try makeDesk()
        desk.waitForWriters(inSlicesOf: .milliseconds(100))
        let controller = try DeskController(desk: desk)
        controller.handle(.rune("2"))
        let reference = try #require(controller.state.queue.selectedRow?.item.reference)
        let screen = MemoryScreen(size: TerminalSize(rows: 24, columns: 80))
        let loop = DeskLoop(controller: controller, screen: screen, identity: testIdentity)
        let (shell, input) = try holdWriteLock(desk)
        defer {
            input.write(Data("COMMIT;\n.quit\n".utf8))
            shell.waitUntilExit()
        }
        // H, y starts the write; X and q are typed while it waits, then Esc.
        screen.enqueue(.rune("H"), .rune("y"), .rune("X"), .rune("q"), .escape)
        loop.run(stopWhenIdle: true)
        #expect(controller.state.message?.text == "stopped waiting for the other process: nothing was changed")
        #expect(controller.state.prompt == nil && !controller.isFinished, "the typed X and q ran nowhere")
        #expect(try desk.detail(reference: reference).item.leaHold == false)
    }

    @Test func theWaitingMessageCountsTheSeconds() {
        #expect(
            DeskController.waitingMessage(waited: .milliseconds(3_400), limit: .seconds(120))
                == "waiting for another flagdesk write (an import?): 3 s of 120 s; Esc stops, other keys are ignored")
    }
}

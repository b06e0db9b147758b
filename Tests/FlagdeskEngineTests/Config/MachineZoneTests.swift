import Foundation
import Testing

@testable import FlagdeskEngine

/// `flagdesk init` writes the machine's zone into `[time] zone`, not UTC (issue 16, defect 6).
struct MachineZoneTests {
    @Test func tzWinsAndIsReadInItsUsualSpellings() {
        #expect(MachineZone.find(environment: ["TZ": "Europe/Brussels"]).identifier == "Europe/Brussels")
        #expect(MachineZone.known(":Europe/Brussels") == "Europe/Brussels")
        #expect(MachineZone.known("/usr/share/zoneinfo/Europe/Riga") == "Europe/Riga")
        #expect(MachineZone.known("Etc/UTC") == "UTC")
        #expect(MachineZone.known("CET-1CEST") == nil, "a POSIX rule is not a place")
    }

    @Test func theLocaltimeLinkIsReadWhenTZIsUnset() throws {
        let etc = FileManager.default.temporaryDirectory.appendingPathComponent("etc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: etc, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: etc) }
        #expect(MachineZone.find(environment: [:], etc: etc.path) == .init(identifier: "UTC", source: "default"))
        try FileManager.default.createSymbolicLink(
            atPath: etc.appendingPathComponent("localtime").path,
            withDestinationPath: "/usr/share/zoneinfo/Europe/Vienna")
        let found = MachineZone.find(environment: [:], etc: etc.path)
        #expect(found.identifier == "Europe/Vienna")
        #expect(found.source.hasSuffix("/localtime"))
    }

    @Test func theWrittenConfigCarriesTheZone() {
        let text = DeskInitializer.exampleText(zone: "Europe/Vienna")
        #expect(text.contains("\nzone = \"Europe/Vienna\"\n"))
        #expect(!text.contains("\nzone = \"UTC\"\n"))
    }
}

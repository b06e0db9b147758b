import Foundation
import Testing

@testable import FlagdeskCore

@Suite("ISO-8601 instants as the store writes and reads them")
struct ISO8601Tests {
    @Test func formatWritesUTCWholeSecondsZeroPadded() {
        #expect(ISO8601.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(ISO8601.format(Date(timeIntervalSince1970: 1_780_000_000.9)) == "2026-05-28T20:26:40Z")
        #expect(ISO8601.format(Date(timeIntervalSince1970: 253_402_300_799)) == "9999-12-31T23:59:59Z")
        #expect(ISO8601.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(CivilDate(year: 2026, month: 3, day: 9)!.description == "2026-03-09")
        #expect(CivilDate(year: 812, month: 10, day: 1)!.description == "0812-10-01")
    }

    /// The stored form is read in place; everything else goes through the general parser, and
    /// both agree wherever both apply.
    @Test func theStoredFormAndTheGeneralParserAgree() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let instant = Date(
                timeIntervalSince1970: Double(Int.random(in: -2_000_000_000...4_000_000_000, using: &generator)))
            let text = ISO8601.format(instant)
            #expect(ISO8601.parseStored(text) == instant, "\(text)")
            #expect(ISO8601.parseInstant(text) == instant, "\(text)")
        }
        #expect(ISO8601.parseStored("2026-11-23T09:00:00+00:00") == nil)
        #expect(ISO8601.parseInstant("2026-11-23T09:00:00+00:00") == ISO8601.parseStored("2026-11-23T09:00:00Z"))
        #expect(ISO8601.parseInstant(" 2026-11-23T09:00:00Z ") == ISO8601.parseStored("2026-11-23T09:00:00Z"))
    }

    @Test func impossibleStoredInstantsAreRefused() {
        for text in [
            "2026-02-30T09:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T09:60:00Z", "2026-11-23T09:00:61Z",
            "2026-11-23T09:00:0xZ", "2026-11-23 09:00:00Z", "2026-1-23T09:00:00ZZ", "２026-11-23T09:00:00Z",
        ] {
            #expect(ISO8601.parseStored(text) == nil, "\(text)")
            #expect(ISO8601.parseInstant(text) == nil || text.contains(" "), "\(text)")
        }
    }

    @Test func decimalDigitsPadToTheWidth() {
        func text(_ value: Int, _ width: Int) -> String {
            var bytes: [UInt8] = []
            DecimalDigits.append(value, width: width, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        #expect(text(7, 2) == "07")
        #expect(text(0, 4) == "0000")
        #expect(text(12345, 2) == "12345")
        #expect(text(-5, 2) == "-05")
        #expect(text(Int.max, 1) == String(Int.max))
    }
}

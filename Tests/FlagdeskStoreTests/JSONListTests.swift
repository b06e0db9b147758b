import Foundation
import Testing

@testable import FlagdeskStore

@Suite("JSON lists in TEXT columns")
struct JSONListTests {
    /// Whatever `encode` writes, `decode` reads back, and the byte-level reader agrees with
    /// JSONDecoder wherever it answers.
    @Test func encodeAndDecodeRoundTripAndTheFastReaderAgreesWithTheDecoder() throws {
        let alphabet = ["A", "_", "b", "\"", "\\", ",", "/", "é", "😀", " ", "[", "]", "\u{7}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let values = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                (0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
                    .joined()
            }
            let text = JSONList.encode(values)
            #expect(JSONList.decode(text) == values, "\(text)")
            if let fast = JSONList.decodePlain(text) {
                #expect(fast == (try JSONDecoder().decode([String].self, from: Data(text.utf8))), "\(text)")
            }
        }
    }

    @Test func plainArraysAreReadDirectlyAndOddOnesAreLeftToTheDecoder() {
        #expect(JSONList.decodePlain("[\"KEYWORD_A\",\"KEYWORD_B\"]") == ["KEYWORD_A", "KEYWORD_B"])
        #expect(JSONList.decodePlain("[\"\"]") == [""])
        #expect(JSONList.decodePlain("[\"a\",\"\"]") == ["a", ""])
        for odd in ["[\",\"]", "[\"a\\\"b\"]", "[\"a\"\"]", "[\"a\",\"]", "[\"]", "[]", "x", "[\"a\" ,\"b\"]"] {
            #expect(JSONList.decodePlain(odd) == nil, "\(odd)")
        }
        #expect(JSONList.decode("[\",\"]") == [","])
        #expect(JSONList.decode("not json") == [])
        #expect(JSONList.decode(nil) == [])
    }
}

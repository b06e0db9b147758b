import Testing

@testable import FlagdeskEngine

@Suite("Did-you-mean suggestions")
struct EditDistanceTests {
    @Test(
        arguments: [
            ("name", "name", 0), ("nmae", "name", 1), ("kitten", "sitting", 3), ("", "abc", 3), ("Zone", "zone", 0),
            ("four_eye", "four_eyes", 1), ("ca", "abc", 3),
        ])
    func distance(a: String, b: String, expected: Int) {
        #expect(EditDistance.distance(a, b) == expected)
        #expect(EditDistance.distance(b, a) == expected)
    }

    @Test func suggestions() {
        let keys = ["name", "legal_form", "country", "email", "phone", "signatory"]
        #expect(EditDistance.suggestion(for: "nmae", among: keys) == "name")
        #expect(EditDistance.suggestion(for: "signatroy", among: keys) == "signatory")
        #expect(EditDistance.suggestion(for: "Country", among: keys) == "country")
        #expect(EditDistance.suggestion(for: "website", among: keys) == nil)
        #expect(EditDistance.suggestion(for: "x", among: keys) == nil)
    }
}

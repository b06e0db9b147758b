import Foundation

/// Whether free text carries a telephone number or a postal address: what a person who asked
/// not to be contacted by telephone or at an address must not find in a letter about them. A
/// heuristic that errs towards refusing (the flagger rewrites the sentence), never a proof.
public enum ContactDetails {
    public enum Found: String, Sendable, Equatable {
        case telephone = "a telephone number"
        case address = "a postal address"
    }

    public static func find(in text: String) -> Found? {
        if containsTelephone(text) { return .telephone }
        if matches(addressPatterns, text) { return .address }
        return nil
    }

    /// Seven digits or more in one run of digits, spaces, dots, dashes, slashes and brackets,
    /// optionally after a +; an ISO date or time ("2026-05-04", "09:00") is not a number.
    static func containsTelephone(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..., in: text)
        for match in telephone.matches(in: text, range: range) {
            guard let found = Range(match.range, in: text) else { continue }
            let run = String(text[found]).trimmingCharacters(in: .whitespaces)
            if isoDate.firstMatch(in: run, range: NSRange(run.startIndex..., in: run)) != nil { continue }
            if run.filter(\.isNumber).count >= 7 { return true }
        }
        return false
    }

    private static func matches(_ patterns: [NSRegularExpression], _ text: String) -> Bool {
        let range = NSRange(text.startIndex..., in: text)
        return patterns.contains { $0.firstMatch(in: text, range: range) != nil }
    }

    private static func regex(_ pattern: String) -> NSRegularExpression {
        // The patterns are constants of this file: a typo is a programming error.
        try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    private static let telephone = regex(#"\+?\(?\d[\d ().\-/]{5,}\d"#)
    private static let isoDate = regex(#"^\d{4}-\d{2}-\d{2}$"#)

    /// Street words with a house number, before or after, in the languages of the templates and
    /// the neighbours; "address:" and its translations introducing one.
    private static let addressPatterns = [
        regex(
            #"\b\d{1,5}[a-z]?,?\s+(?:[\p{L}'.-]+\s+){0,3}(?:street|st\.|road|rd\.|avenue|ave\.|lane|boulevard|square)(?:\W|$)"#
        ),
        regex(#"\b\d{1,5}[a-z]?,?\s+(?:rue|avenue|boulevard|chaussée|place|via|viale|piazza|calle|avenida|plaza)\b"#),
        regex(
            #"\b(?:rue|avenue|boulevard|chaussée|place|via|viale|piazza|calle|avenida|plaza|ulica|ul\.)\s[^\n\d]{1,40}\d{1,5}\b"#
        ),
        regex(#"(?:straße|strasse|str\.|gasse|weg|laan|plein|allee|straat|steenweg)\s*\d{1,5}\b"#),
        regex(#"\b(?:address|adresse|anschrift|indirizzo|dirección|adres)\s*:"#),
    ]
}

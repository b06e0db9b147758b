import Foundation

/// One proposal read from a reply, with the sentence it came from, so a person can judge it.
public struct ReplyFinding: Sendable, Equatable, Codable {
    public var kind: ReplyFindingKind
    public var language: String
    /// The phrase that matched (as in the table).
    public var phrase: String
    /// The sentence of the reply it was found in (unsanitised: the fronts sanitise it).
    public var sentence: String
    /// For an extension: the date the sentence names, if it names one.
    public var date: CivilDate?
    /// For a case number: the recipient's own reference.
    public var value: String?

    public init(
        kind: ReplyFindingKind, language: String, phrase: String, sentence: String, date: CivilDate? = nil,
        value: String? = nil
    ) {
        self.kind = kind
        self.language = language
        self.phrase = phrase
        self.sentence = sentence
        self.date = date
        self.value = value
    }
}

/// Reads a reply's own text (quoted lines and the quoted original below it are skipped) sentence
/// by sentence against the phrase table. Transparent rules, no model: every finding names its
/// phrase and sentence. At most one finding per kind (the first sentence that matches).
public enum ReplyClassifier {
    /// Sentences read: a reply's answer is at its top; a hostile message cannot make this slow.
    static let maxSentences = 400
    static let maxSentenceLength = 600

    /// CR LF and a lone CR as LF, byte by byte (Foundation's `replacingOccurrences` was a tenth
    /// of a mail import, issue #19 bench); text without a CR is returned as it is.
    static func unixLines(_ raw: String) -> String {
        guard raw.utf8.contains(13) else { return raw }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        var afterCR = false
        for byte in raw.utf8 {
            if byte == 10 && afterCR {
                afterCR = false
                continue
            }
            afterCR = byte == 13
            bytes.append(afterCR ? 10 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func findings(in raw: String, phrases: ReplyPhrases) -> [ReplyFinding] {
        // "\r\n" is one Character in Swift: lines are split on "\n" alone.
        let text = unixLines(raw)
        var found: [ReplyFindingKind: ReplyFinding] = [:]
        let languages = phrases.languages.keys.sorted { lhs, rhs in
            lhs == "en" ? rhs != "en" : (rhs == "en" ? false : lhs < rhs)
        }
        // Phrases as UTF-8 bytes, looked for in each sentence's bytes: Foundation's `contains`
        // was a third of the classifier's time (issue #19 bench). Folded text and phrases are
        // lower case without accents, so a byte search finds what `contains` found.
        let table = ReplyFindingKind.allCases.map { kind in
            languages.map { language in
                (language, (phrases.languages[language]?[kind.rawValue] ?? []).map { ($0, Array($0.utf8)) })
            }
        }
        for sentence in sentences(ownText(text, phrases: phrases)).prefix(maxSentences) {
            let folded = ReplyPhrases.fold(sentence)
            let bytes = Array(folded.utf8)
            for (kindIndex, kind) in ReplyFindingKind.allCases.enumerated() where found[kind] == nil {
                for (language, list) in table[kindIndex] {
                    guard let phrase = list.first(where: { contains(bytes, $0.1) })?.0 else { continue }
                    var finding = ReplyFinding(kind: kind, language: language, phrase: phrase, sentence: sentence)
                    if kind == .extension {
                        finding.date = date(in: folded, months: phrases.months)
                    }
                    if kind == .caseNumber {
                        guard let value = reference(after: phrase, in: sentence) else { continue }
                        finding.value = value
                    }
                    found[kind] = finding
                    break
                }
            }
        }
        // A decision is one of four: keep only the first one found in the text.
        let decisions = found.values.filter { $0.kind.decision != nil }
        if decisions.count > 1 {
            let order = sentences(ownText(text, phrases: phrases))
            let first = decisions.min {
                (order.firstIndex(of: $0.sentence) ?? 0) < (order.firstIndex(of: $1.sentence) ?? 0)
            }
            for decision in decisions where decision.kind != first?.kind { found[decision.kind] = nil }
        }
        return ReplyFindingKind.allCases.compactMap { found[$0] }
    }

    /// Whether `needle` occurs in `haystack` (an empty needle occurs everywhere, as in `contains`).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { word in
                let last = text.count - word.count
                var start = 0
                while start <= last {
                    if text[start] == first {
                        var matched = 1
                        while matched < word.count, text[start + matched] == word[matched] { matched += 1 }
                        if matched == word.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }

    /// The reply's own words: up to the quoted original ("-----Original Message-----", a line
    /// ending "wrote:"), without lines quoted with '>'.
    static func ownText(_ text: String, phrases: ReplyPhrases) -> String {
        var kept: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let folded = ReplyPhrases.fold(trimmed)
            if phrases.quoteMarkers.contains(where: { folded.hasPrefix($0) }) { break }
            if folded.hasSuffix("wrote:") || folded.hasSuffix("a ecrit :") || folded.hasSuffix("schrieb:")
                || folded.hasSuffix("escribio:") || folded.hasSuffix("ha scritto:") || folded.hasSuffix("schreef:")
            {
                break
            }
            if trimmed.hasPrefix(">") { continue }
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }

    /// Sentences end at '.', '!' or '?' followed by a blank, or at an empty line; a line break
    /// inside a paragraph is a blank.
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var previous: Character = " "
        func end() {
            let sentence = current.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(
                separator: " ")
            if !sentence.isEmpty { out.append(String(sentence.prefix(maxSentenceLength))) }
            current = ""
        }
        for character in text {
            if character == "\n" {
                if previous == "\n" { end() } else { current.append(" ") }
            } else if (character == " " || character == "\t") && (previous == "." || previous == "!" || previous == "?")
            {
                end()
            } else {
                current.append(character)
            }
            previous = character
            if out.count >= maxSentences { return out }
        }
        end()
        return out
    }

    /// The first word after the phrase that holds a digit: `Case number: 2026-TS-4471` -> `2026-TS-4471`.
    static func reference(after phrase: String, in sentence: String) -> String? {
        let folded = ReplyPhrases.fold(sentence)
        guard let range = folded.range(of: phrase) else { return nil }
        // Folding keeps the characters' count for Latin text; read the same offset in the original.
        let offset = folded.distance(from: folded.startIndex, to: range.upperBound)
        let tail = sentence.count >= offset ? String(sentence.dropFirst(offset)) : String(folded[range.upperBound...])
        for word in tail.split(whereSeparator: { $0 == " " || $0 == "\t" }).prefix(4) {
            let trimmed = word.trimmingCharacters(in: CharacterSet(charactersIn: ":#.,;()[]\"'«»"))
            if trimmed.contains(where: \.isNumber), (3...64).contains(trimmed.count) { return trimmed }
        }
        return nil
    }

    /// A date in the sentence: 2026-05-31, 31/05/2026, 31.05.2026, or 31 May 2026 (month names per language).
    static func date(in folded: String, months: [String: [String]]) -> CivilDate? {
        let words = folded.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "().;:"))
        }
        for (index, word) in words.enumerated() {
            if let date = CivilDate(iso: word) { return date }
            let numeric = word.split(whereSeparator: { $0 == "/" || $0 == "." }).map { Int($0) }
            if numeric.count == 3, let day = numeric[0], let month = numeric[1], let year = numeric[2], year > 1900,
                let date = CivilDate(year: year, month: month, day: day)
            {
                return date
            }
            // "31 may 2026" and "may 31 2026".
            guard index + 2 < words.count || index + 1 < words.count else { continue }
            for names in months.values {
                if let month = names.firstIndex(of: word), index >= 1, index + 1 < words.count,
                    let day = Int(words[index - 1].trimmingCharacters(in: CharacterSet(charactersIn: "er."))),
                    let year = Int(words[index + 1]), let date = CivilDate(year: year, month: month + 1, day: day)
                {
                    return date
                }
                if let month = names.firstIndex(of: word), index + 2 < words.count,
                    let day = Int(words[index + 1].trimmingCharacters(in: CharacterSet(charactersIn: "stndrdth"))),
                    let year = Int(words[index + 2]), let date = CivilDate(year: year, month: month + 1, day: day)
                {
                    return date
                }
            }
        }
        return nil
    }
}

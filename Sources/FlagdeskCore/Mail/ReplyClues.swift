/// What in a reply can tie it to one of our documents (issue #19), in the order they are tried:
/// the message it answers (In-Reply-To, then References nearest first), our document
/// reference (`N-2026-00042`) in the subject, else in the body, else a recipient's own
/// reference recorded earlier. Bounded lists, so the store is asked a fixed number of questions
/// per message, however many documents it holds.
public struct ReplyClues: Sendable, Equatable {
    /// In-Reply-To identifiers.
    public var replyTo: [String]
    /// References identifiers, nearest ancestor first.
    public var ancestors: [String]
    /// Our references in the subject, else in the body.
    public var documentReferences: [String]
    /// Words with a digit in the subject and the top of the body, that could be a recipient's reference.
    public var providerReferenceCandidates: [String]

    static let maxReferences = 20
    static let maxCandidates = 64
    /// The body is read this far for references: the reply's own words are at its top.
    static let bodyWindow = 16 * 1024

    /// Every reference prefix our documents carry (`DocumentKind.referencePrefix`).
    static let prefixes: Set<Character> = Set(DocumentKind.allCases.compactMap { $0.referencePrefix.first })

    public init(_ message: MailMessage) {
        replyTo = message.inReplyTo
        ancestors = message.references.reversed()
        let top = String(message.text.prefix(Self.bodyWindow))
        let inSubject = Self.documentReferences(in: message.subject)
        documentReferences = inSubject.isEmpty ? Self.documentReferences(in: top) : inSubject
        var candidates: [String] = []
        var seen = Set<String>()
        for word in Self.words(message.subject) + Self.words(top) where candidates.count < Self.maxCandidates {
            if seen.insert(word).inserted, !documentReferences.contains(word) { candidates.append(word) }
        }
        providerReferenceCandidates = candidates
    }

    /// `X-YYYY-NNNNN` with X one of our prefixes, not inside a longer word.
    static func documentReferences(in text: String) -> [String] {
        var found: [String] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 12 <= scalars.count, found.count < maxReferences {
            defer { index += 1 }
            guard prefixes.contains(Character(scalars[index])), scalars[index + 1] == "-",
                index == 0 || !isWordScalar(scalars[index - 1])
            else { continue }
            let digitsOK =
                (2...5).allSatisfy { isDigit(scalars[index + $0]) } && scalars[index + 6] == "-"
                && (7...11).allSatisfy { isDigit(scalars[index + $0]) }
            guard digitsOK, index + 12 == scalars.count || !isWordScalar(scalars[index + 12]) else { continue }
            let reference = String(String.UnicodeScalarView(scalars[index..<index + 12]))
            if !found.contains(reference) { found.append(reference) }
        }
        return found
    }

    /// Words of 4 to 64 characters holding a digit, trimmed of surrounding punctuation.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" || $0 == "(" || $0 == ")" })
            .lazy.map { $0.trimmingCharacters(in: .init(charactersIn: "[]<>{}:#.\"'!?«»")) }
            .filter { (4...64).contains($0.count) && $0.contains(where: \.isNumber) }
            .prefix(maxCandidates)
            .map { $0 }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || (scalar.value | 0x20 >= 97 && scalar.value | 0x20 <= 122) || scalar == "-"
    }
}

/// How a reply was tied to a document.
public enum ReplyMatchMethod: String, Sendable, Codable, CaseIterable {
    case inReplyTo = "in-reply-to"
    case references
    case documentReference = "document-reference"
    case providerReference = "provider-reference"
    /// A person attached it (`flagdesk mail attach`).
    case attached
}

/// The outcome of matching: one document, several (ambiguous: a person chooses), or none.
public enum ReplyMatch: Sendable, Equatable {
    case matched(documentID: Int64, by: ReplyMatchMethod)
    case ambiguous(documentIDs: [Int64], by: ReplyMatchMethod)
    case unmatched

    /// The first rule that finds anything decides: one document is a match, more is ambiguous.
    /// `lookups` are in rule order, each the documents that rule found (duplicates allowed).
    public static func decide(_ lookups: [(ReplyMatchMethod, [Int64])]) -> ReplyMatch {
        for (method, found) in lookups {
            var unique: [Int64] = []
            for id in found where !unique.contains(id) { unique.append(id) }
            if unique.count == 1 { return .matched(documentID: unique[0], by: method) }
            if unique.count > 1 { return .ambiguous(documentIDs: unique, by: method) }
        }
        return .unmatched
    }
}

/// The shape of a period in config: `<positive integer> <unit>`, units hour(s), day(s),
/// week(s), month(s), year(s), working day(s): "48 hours", "1 month", "5 working days". Only the
/// shape is checked here; the deadline engine turns the text into a period.
public enum PeriodText {
    static let units: Set<String> = [
        "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "working day",
        "working days",
    ]

    public static func isWellFormed(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count == 2 || words.count == 3, let count = Int(words[0]), count > 0,
            words[0].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return false }
        return units.contains(words.dropFirst().joined(separator: " "))
    }

    static let expectation =
        "a period such as \"48 hours\", \"10 days\", \"2 weeks\", \"1 month\", \"1 year\" or \"5 working days\""
}

/// Deadline rule ids: dot-separated groups of a-z, 0-9 and hyphens (`dsa.art20.complaint-window`).
public enum RuleID {
    public static func isWellFormed(_ text: String) -> Bool {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        return !text.isEmpty
            && groups.allSatisfy { group in
                !group.isEmpty
                    && group.unicodeScalars.allSatisfy {
                        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
                    }
            }
    }
}

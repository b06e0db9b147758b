import Testing

@testable import FlagdeskEngine

/// Found by fuzzing the config loader (Fuzz/Regressions/config/): a table header whose name
/// starts with neither a key character nor a quote (`[!x]`, `[ é]`), and a `}` where an array
/// expects a value (`x = [}]`), made TOMLKit's C++ parser assert (abort in a debug build,
/// undefined behaviour in release). Each is now a syntax problem with its position, found before
/// the text reaches TOMLKit.
@Suite struct ConfigFuzzRegressionTests {
    @Test(arguments: [
        ("[!x]\n", 1, 2), ("[[!x]]\n", 1, 3), ("a = 1\n\n[ é]\n", 3, 3), ("[[\u{FFFD}scalation]]\n", 1, 3),
        ("[", 1, 2), ("  [[  +]]", 1, 7),
    ])
    func aHeaderWithoutANameIsASyntaxProblemNotACrash(text: String, line: Int, column: Int) {
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.kind == .syntax)
        #expect(found.first?.line == line)
        #expect(found.first?.column == column)
        #expect(found.first?.expected.hasPrefix("a table name (a bare key or a quoted one) after '['") == true)
    }

    @Test func bracketsInValuesStringsAndCommentsAreNotHeaders() throws {
        let text = """
            # [!not a header]
            [organisation]
            name = \"\"\"
            [!inside a multi-line string]
            \"\"\"
            email = 'n@example.org' # [!]

            [[escalation]]
            from = "dsa-notice"
            when = "rejected"
            propose = [
              "dsa-complaint",
            ]
            ["import".aliases]
            url = [
              "[!link]",
            ]
            """
        #expect(TOMLParserGuard.firstUnreadablePlace(in: text) == nil)
        let config = try parseConfig(text)
        #expect(config.organisation.name == "[!inside a multi-line string]")
        #expect(TOMLParserGuard.firstUnreadablePlace(in: "x = [\n  [1, 2],\n  [ {a = 1} ],\n  [ +1 ]\n]\n") == nil)
    }

    @Test(arguments: [
        ("x = [}]\n", 1, 6, "a value or ']' closing the '[' of line 1, column 5"),
        ("x = [\n  1,\n  }, 2]\n", 3, 3, "a value or ']' closing the '[' of line 1, column 5"),
        ("x = [}, \"a\", {y = 2}]\n", 1, 6, "a value or ']' closing the '[' of line 1, column 5"),
        ("x = {a = [1}\n", 1, 12, "a value or ']' closing the '[' of line 1, column 10"),
        ("x = {a = 1]\n", 1, 11, "a key or '}' closing the '{' of line 1, column 5"),
        ("x = 1\n}\n", 2, 1, "a value or the end of the line (this '}' closes no '{')"),
        ("[a]\nx = \"[\" ]\n", 2, 9, "a value or the end of the line (this ']' closes no '[')"),
    ])
    func aClosingBracketOfTheWrongKindIsASyntaxProblemNotACrash(
        text: String, line: Int, column: Int, expected: String
    ) {
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.kind == .syntax)
        #expect(found.first?.line == line)
        #expect(found.first?.column == column)
        #expect(found.first?.expected.hasPrefix(expected) == true, "\(found.first?.expected ?? "none")")
    }

    @Test(arguments: [
        ("x = [\u{2028}]\n", 1, 6), ("x = [\u{85}]\n", 1, 6), ("x = [1,\n\u{2029}]\n", 2, 1),
        ("name = é\n", 1, 8), ("é = 1\n", 1, 1),
    ])
    func aCharacterBeyondASCIIOutsideStringsIsASyntaxProblemNotACrash(text: String, line: Int, column: Int) {
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.line == line)
        #expect(found.first?.column == column)
        #expect(found.first?.expected.hasPrefix("ASCII outside quoted strings and comments") == true)
    }

    @Test func charactersBeyondASCIIInStringsAndCommentsPass() throws {
        let config = try parseConfig("# Überblick \u{2028}\n[organisation]\nname = \"Fondation Étoile\" # é\n")
        #expect(config.organisation.name == "Fondation Étoile")
    }

    @Test func theCrashingInputFoundInCIIsRefusedWithItsPlace() {
        let text =
            "escalat0onth = 5\nwait_seconds = \"soon\"\n[time]\nzone = \"Mars/Olympus\"\n[unknonw]\nx = [}, \"a\", {y = 2}]\n"
        let found = problems(text)
        #expect(found.map(\.line) == [6])
        #expect(found.first?.expected.hasSuffix("found }") == true, "\(found.first?.expected ?? "none")")
    }

    @Test func nestedValidBracketsAndBracketsInStringsPass() throws {
        let text = """
            x = [ { a = [1, 2], b = { c = "}]" } }, [ 'x]', "y}" ], ]
            y = { list = [ [], [[]] ], s = \"\"\"
            }]
            \"\"\" }
            """
        #expect(TOMLParserGuard.firstUnreadablePlace(in: text) == nil)
    }
}

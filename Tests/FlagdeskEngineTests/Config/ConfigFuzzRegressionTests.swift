import Testing

@testable import FlagdeskEngine

/// Found by fuzzing the config loader (Fuzz/Regressions/config/): a table header whose name
/// starts with neither a key character nor a quote (`[!x]`, `[ é]`) made TOMLKit's C++ parser
/// assert (abort in a debug build, undefined behaviour in release). It is now a syntax problem
/// with its position, found before the text reaches TOMLKit.
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
        #expect(TOMLHeaderCheck.firstUnreadableHeader(in: text) == nil)
        let config = try parseConfig(text)
        #expect(config.organisation.name == "[!inside a multi-line string]")
        #expect(TOMLHeaderCheck.firstUnreadableHeader(in: "x = [\n  [1, 2],\n  [ {a = 1} ],\n  [ +1 ]\n]\n") == nil)
    }
}

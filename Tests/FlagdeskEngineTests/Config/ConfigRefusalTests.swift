import Foundation
import Testing

@testable import FlagdeskEngine

@Suite("Config refusals: file, line, key, found, expected")
struct ConfigRefusalTests {
    /// The only problem a text is refused with.
    func only(_ text: String, files: [String: String] = [:]) throws -> ConfigProblem {
        let found = problems(text, files: files)
        #expect(found.count == 1, "\(found)")
        return try #require(found.first)
    }

    @Test("a TOML syntax error carries TOMLKit's line and column")
    func syntaxError() throws {
        let problem = try only("[time]\nzone = \"UTC\"\n\n[approval\nfour_eyes = true\n")
        #expect(problem.kind == .syntax)
        #expect(problem.line == 4)
        #expect(problem.column != nil)
        #expect(problem.description.hasPrefix("/cfg/config.toml:4:\(problem.column ?? 0): TOML syntax error: "))
    }

    @Test("a misspelt time zone: the example message, to the letter")
    func badZone() throws {
        let problem = try only("# comment\n[time]\nzone = \"Europe/Brusels\"\n")
        #expect(problem.kind == .invalidValue)
        #expect(problem.line == 3)
        #expect(
            problem.description
                == "/cfg/config.toml:3: [time] zone: found \"Europe/Brusels\", expected an IANA time zone such as Europe/Brussels"
        )
    }

    @Test func zoneSuggestion() throws {
        let problem = try only("[time]\nzone = \"America/New_Yrok\"\n")
        #expect(problem.suggestion == "America/New_York")
        #expect(problem.description.hasSuffix("(did you mean \"America/New_York\"?)"))
    }

    @Test("a value of the wrong type")
    func wrongType() throws {
        let problem = try only("[approval]\n\nfour_eyes = \"yes\"\n")
        #expect(problem.kind == .wrongType)
        #expect(problem.line == 3)
        #expect(problem.location == "[approval] four_eyes")
        #expect(problem.found == "\"yes\" (a string)")
        #expect(problem.expected.contains("boolean"))
    }

    @Test("an unknown key is refused with the closest known key")
    func unknownKey() throws {
        let problem = try only("[organisation]\nname = \"X\"\nsignatroy = \"Y\"\n")
        #expect(problem.kind == .unknownKey)
        #expect(problem.line == 3)
        #expect(problem.location == "[organisation] signatroy")
        #expect(problem.suggestion == "signatory")
        #expect(problem.expected.contains("legal_form"))
    }

    @Test("an unknown table too")
    func unknownTable() throws {
        let problem = try only("\n[organisaton]\nname = \"X\"\n")
        #expect(problem.kind == .unknownKey)
        #expect(problem.line == 2)
        #expect(problem.location == "[organisaton]")
        #expect(problem.suggestion == "organisation")
    }

    @Test("an unknown role, with a suggestion")
    func badRole() throws {
        let problem = try only("[users]\nalice = \"coordinater\"\n")
        #expect(problem.kind == .invalidValue)
        #expect(problem.line == 2)
        #expect(problem.location == "[users] alice")
        #expect(problem.suggestion == "coordinator")
    }

    @Test(
        "bad dates: impossible, malformed, wrong type",
        arguments: [
            (
                "[organisation.trusted_flagger]\nawarding_dsc = \"BIPT\"\narea_of_expertise = \"x\"\nawarded_on = \"2025-02-30\"\n",
                4
            ),
            ("[calendar]\nclosures = [\n  \"2026-12-24\",\n  \"24/12/2026\",\n]\n", 4),
            ("[calendar]\nextra_holidays = [2026]\n", 2),
        ])
    func badDate(text: String, line: Int) throws {
        let problem = try only(text)
        #expect(problem.kind == .invalidValue)
        #expect(problem.line == line)
        #expect(problem.expected.contains("YYYY-MM-DD"))
    }

    @Test(
        "bad deadline periods",
        arguments: [
            "48 hourz", "0 days", "-3 days", "days", "3", "1.5 days", "5 working", "5 business days", "forty days",
        ])
    func badPeriod(period: String) throws {
        let problem = try only("[deadlines]\n\"reminder.notice\" = \"\(period)\"\n")
        #expect(problem.kind == .invalidValue)
        #expect(problem.line == 2)
        #expect(problem.location == "[deadlines] \"reminder.notice\"")
    }

    @Test(
        "good deadline periods",
        arguments: ["48 hours", "1 hour", "10 days", "2 weeks", "1 month", "3 months", "1 year", "5 working days"]
    )
    func goodPeriod(period: String) throws {
        #expect(try parseConfig("[deadlines]\n\"x.y\" = \"\(period)\"\n").deadlineOverrides == ["x.y": period])
    }

    @Test("verified = true without a source")
    func verifiedWithoutSource() throws {
        let problem = try only("[[providers]]\nkey = \"forum\"\nname = \"Forum\"\nverified = true\n")
        #expect(problem.kind == .missingKey)
        #expect(problem.location == "[providers #1] source")
        #expect(problem.line == 1)
    }

    @Test("an unknown document kind in an escalation step")
    func unknownDocumentKind() throws {
        let text = """
            [[escalation]]
            from = "dsa-notice"
            when = "rejected"
            propose = ["dsa-complaint"]

            [[escalation]]
            from = "dsa-notise"
            when = "rejected"
            propose = [
              "reminder",
              "dpa-complaint",
              "takedown-request",
            ]
            """
        let found = problems(text)
        #expect(found.map(\.kind) == [.invalidValue, .invalidValue])
        #expect(found.map(\.line) == [7, 12])
        #expect(found.map(\.location) == ["[escalation #2] from", "[escalation #2] propose #3"])
        #expect(found.map(\.suggestion) == ["dsa-notice", "takeitdown-request"])
        #expect(found.first?.description.hasSuffix("(did you mean \"dsa-notice\"?)") == true)
    }

    @Test("escalation steps need from, when, propose, and after unless rejected")
    func escalationRequiredKeys() {
        let found = problems("[[escalation]]\nwhen = \"no-response\"\npropose = []\n")
        #expect(found.map(\.kind) == [.missingKey, .missingKey, .missingKey])
        #expect(
            Set(found.compactMap(\.location)) == [
                "[escalation #1] from", "[escalation #1] propose", "[escalation #1] after",
            ])
        let wrongSource = problems(
            "[[escalation]]\nfrom = \"dsa-notice\"\nwhen = \"preservation-ending\"\nafter = \"10 days\"\npropose = [\"reminder\"]\n"
        )
        #expect(wrongSource.map(\.location) == ["[escalation #1] when"])
    }

    @Test("a missing --config file is an error; so is FLAGDESK_CONFIG naming a missing file")
    func missingExplicitFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let missing = folder.path + "/nope.toml"
        #expect(throws: ConfigError.self) { try ConfigLoader.load(path: missing, environment: [:]) }
        do {
            _ = try ConfigLoader.load(path: missing, environment: ["XDG_CONFIG_HOME": folder.path])
        } catch {
            #expect(error.problems.map(\.kind) == [.fileNotFound])
            #expect(error.problems.first?.description == "\(missing): an existing config file (named by --config)")
        }
        do {
            _ = try ConfigLoader.load(path: nil, environment: ["FLAGDESK_CONFIG": missing])
            Issue.record("a missing FLAGDESK_CONFIG file was accepted")
        } catch {
            #expect(error.problems.first?.expected.contains("FLAGDESK_CONFIG") == true)
        }
    }

    @Test("a missing directory file is reported at its line in config.toml")
    func missingDirectoryFile() throws {
        let problem = try only("\ndirectory_files = [\"a.toml\"]\n")
        #expect(problem.kind == .fileNotFound)
        #expect(problem.line == 2)
        #expect(problem.location == "directory_files #1")
    }

    @Test("problems in a directory file name that file and its lines")
    func directoryFileProblems() {
        let found = problems(
            "directory_files = [\"d.toml\"]\n",
            files: [
                "/cfg/d.toml":
                    "[[providers]]\nkey = \"Bad Key\"\nname = \"B\"\nhosts = [\"com\"]\n\n[time]\nzone = \"UTC\"\n"
            ])
        #expect(found.map(\.file) == ["/cfg/d.toml", "/cfg/d.toml", "/cfg/d.toml"])
        #expect(found.map(\.line) == [2, 4, 6])
        #expect(found.map(\.kind) == [.invalidValue, .invalidValue, .unknownKey])
    }

    @Test("duplicate keys and hosts among configured entries")
    func duplicates() {
        let found = problems(
            """
            [[providers]]
            key = "a"
            name = "A"
            hosts = ["a.example"]

            [[providers]]
            key = "b"
            name = "B"
            hosts = ["b.example", "a.example"]

            [[providers]]
            key = "a"
            name = "A again"
            """)
        #expect(found.map(\.kind) == [.duplicate, .duplicate])
        #expect(found.map(\.line) == [9, 12])
        #expect(found.last?.expected.contains("/cfg/config.toml:1") == true)
    }

    @Test("every problem of a file is reported in one pass, in line order")
    func allProblemsAtOnce() {
        let found = problems(
            """
            [time]
            zone = "Mars/Olympus"

            [network]
            enabled = "no"
            timeout_seconds = 0
            proxy = "x"

            [users]
            carol = "admin"

            [[authorities]]
            key = "x"
            kind = "police"
            name = "X"
            """)
        #expect(found.map(\.line) == [2, 5, 6, 7, 10, 14])
        #expect(
            found.map(\.kind) == [.invalidValue, .wrongType, .invalidValue, .unknownKey, .invalidValue, .invalidValue])
        let error = ConfigError(problems: found)
        #expect(error.description.hasPrefix("configuration refused (6 problems):\n  /cfg/config.toml:2: [time] zone"))
    }

    @Test("hostile text in a value is shown escaped")
    func hostileValueEscaped() throws {
        let problem = try only("[time]\nzone = \"\\u001B]52;c;ZXZpbA==\\u0007\"\n")
        #expect(!problem.description.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(problem.description.contains("\\u{1B}"))
    }

    @Test func otherValueChecks() {
        #expect(problems("[organisation]\ncountry = \"XX\"\n").map(\.location) == ["[organisation] country"])
        #expect(
            problems("[organisation]\nemail = \"notices at example\"\n").map(\.location) == ["[organisation] email"])
        #expect(
            problems("[templates]\ndefault_language = \"english\"\n").map(\.location) == [
                "[templates] default_language"
            ])
        #expect(problems("[calendar]\ncountry = \"DE-BAYERN\"\n").map(\.location) == ["[calendar] country"])
        #expect(problems("[network]\nmax_bytes = 0\n").map(\.kind) == [.invalidValue])
        #expect(problems("[organisation.trusted_flagger]\nawarding_dsc = \"BIPT\"\n").map(\.kind) == [.missingKey])
        #expect(
            problems("[[authorities]]\nkey = \"pol\"\nkind = \"lea\"\nname = \"Police\"\n").map(\.location) == [
                "[authorities #1] country"
            ])
        #expect(
            problems("[[providers]]\nkey = \"p\"\nname = \"P\"\nnotice_channel = \"report form\"\n").map(\.location)
                == [
                    "[providers #1] notice_channel"
                ])
        #expect(problems("time = 3\n").map(\.kind) == [.wrongType])
    }
}

@Suite("Config refusal hints")
struct ConfigHintTests {
    @Test("a top-level key written after a table header says where it belongs")
    func misplacedTopLevelKey() throws {
        let found = problems("[calendar]\ncountry = \"BE\"\ndirectory_files = [\"d.toml\"]\n")
        #expect(found.map(\.line) == [3])
        #expect(found.first?.expected.contains("belongs at the top of the file") == true)
    }
}

@Suite("Config refusals: unreadable input")
struct ConfigUnreadableTests {
    @Test("a folder where the config file should be")
    func folderInsteadOfFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        do {
            _ = try ConfigLoader.load(path: folder.path, environment: [:])
            Issue.record("a folder was accepted as a config file")
        } catch {
            #expect(error.problems.map(\.kind) == [.unreadable])
        }
    }

    @Test("a NUL character is refused, not silently cut off by the C parser")
    func nulCharacter() {
        let found = problems("[time]\nzone = \"UTC\"\0\n[approval]\nfour_eyes = \"no\"\n")
        #expect(found.map(\.kind) == [.syntax])
        #expect(found.map(\.line) == [2])
    }

    @Test("directory_files must be file paths")
    func directoryFilesType() {
        let found = problems("directory_files = [\"\", 3]\n")
        #expect(found.map(\.location) == ["directory_files #1", "directory_files #2"])
    }
}

import Testing

@testable import FlagdeskEngine

@Suite("Line numbers recovered from the TOML text")
struct TOMLSourceIndexTests {
    static let text = """
        title = "a = [b]"            # 1
        [organisation]               # 2
        name = \"\"\"               
        [not a table]
        still = "the string"
        \"\"\"
        "quoted.key" = 1             # 7
        dotted . key = 2             # 8

        [[providers]]                # 10
        key = "one"
        [[providers]]                # 12
        key = "two"                  # 13
        hosts = [                    # 14
          "a.example",               # 15
          # a comment [x]
          'b.example',               # 17
        ]
        contact = { email = "e", url = 'u' }  # 19
        [providers.extra]            # 20
        note = '''
        x = 1
        '''
        after = true                 # 24
        """

    let index = TOMLSourceIndex(source: text)

    func line(_ components: ConfigPath.Component...) -> Int? {
        index.line(for: ConfigPath(components))
    }

    @Test func keysTablesAndElements() {
        #expect(line(.key("title")) == 1)
        #expect(line(.key("organisation")) == 2)
        #expect(line(.key("organisation"), .key("name")) == 3)
        #expect(line(.key("organisation"), .key("still")) == 2, "inside a string: not a key, falls back to the table")
        #expect(line(.key("not a table")) == nil)
        #expect(line(.key("organisation"), .key("quoted.key")) == 7)
        #expect(line(.key("organisation"), .key("dotted"), .key("key")) == 8)
        #expect(line(.key("providers")) == 10)
        #expect(line(.key("providers"), .index(0), .key("key")) == 11)
        #expect(line(.key("providers"), .index(1)) == 12)
        #expect(line(.key("providers"), .index(1), .key("key")) == 13)
        #expect(line(.key("providers"), .index(1), .key("hosts")) == 14)
        #expect(line(.key("providers"), .index(1), .key("hosts"), .index(0)) == 15)
        #expect(line(.key("providers"), .index(1), .key("hosts"), .index(1)) == 17)
        #expect(line(.key("providers"), .index(1), .key("contact"), .key("url")) == 19)
        #expect(line(.key("providers"), .index(1), .key("extra")) == 20)
        #expect(line(.key("providers"), .index(1), .key("extra"), .key("after")) == 24)
        #expect(line(.key("x")) == nil)
    }

    @Test("a missing key falls back to its table's line")
    func fallback() {
        #expect(line(.key("providers"), .index(0), .key("name")) == 10)
    }

    @Test func display() {
        #expect(ConfigPath([.key("time"), .key("zone")]).display() == "[time] zone")
        #expect(
            ConfigPath([.key("providers"), .index(2), .key("hosts"), .index(0)]).display() == "[providers #3] hosts #1")
        #expect(ConfigPath([.key("deadlines"), .key("a.b")]).display() == "[deadlines] \"a.b\"")
        #expect(ConfigPath([.key("directory_files")]).display() == "directory_files")
        #expect(
            ConfigPath([.key("organisation"), .key("trusted_flagger")]).display(asTable: true)
                == "[organisation.trusted_flagger]")
    }
}

import Testing

@testable import FlagdeskEngine

@Suite("Config location: --config > FLAGDESK_CONFIG > XDG")
struct ConfigLocatorTests {
    let everything = ["FLAGDESK_CONFIG": "/env/config.toml", "XDG_CONFIG_HOME": "/xdg", "HOME": "/home/u"]

    @Test func flagWins() {
        let location = ConfigLocator(environment: everything).locate(commandLinePath: "/flag.toml")
        #expect(location == .init(path: "/flag.toml", origin: .commandLine))
        #expect(location?.isExplicit == true)
    }

    @Test func environmentBeforeXDG() {
        let location = ConfigLocator(environment: everything).locate(commandLinePath: nil)
        #expect(location == .init(path: "/env/config.toml", origin: .environment))
        #expect(location?.isExplicit == true)
    }

    @Test func xdgConfigHome() {
        var environment = everything
        environment["FLAGDESK_CONFIG"] = ""
        let location = ConfigLocator(environment: environment).locate(commandLinePath: "")
        #expect(location == .init(path: "/xdg/flagdesk/config.toml", origin: .xdgDefault))
        #expect(location?.isExplicit == false)
    }

    @Test("XDG default is ~/.config; a relative XDG_CONFIG_HOME is ignored, as the XDG spec says")
    func xdgFallbacks() {
        #expect(
            ConfigLocator(environment: ["HOME": "/home/u/"]).locate(commandLinePath: nil)?.path
                == "/home/u/.config/flagdesk/config.toml")
        #expect(
            ConfigLocator(environment: ["HOME": "/home/u", "XDG_CONFIG_HOME": "rel"]).locate(commandLinePath: nil)?.path
                == "/home/u/.config/flagdesk/config.toml")
        #expect(ConfigLocator(environment: [:]).locate(commandLinePath: nil) == nil)
    }

    @Test("load() follows the same order on disk")
    func loadPrecedence() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let flag = try folder.write("flag.toml", "[time]\nzone = \"Europe/Berlin\"\n")
        let env = try folder.write("env.toml", "[time]\nzone = \"Europe/Paris\"\n")
        try folder.write("xdg/flagdesk/config.toml", "[time]\nzone = \"Europe/Rome\"\n")
        let environment = ["FLAGDESK_CONFIG": env, "XDG_CONFIG_HOME": folder.path + "/xdg", "HOME": folder.path]
        #expect(
            try ConfigLoader.load(path: flag, environment: environment).config.timeZone.identifier == "Europe/Berlin")
        #expect(try ConfigLoader.load(path: nil, environment: environment).config.timeZone.identifier == "Europe/Paris")
        var withoutVariable = environment
        withoutVariable["FLAGDESK_CONFIG"] = nil
        #expect(
            try ConfigLoader.load(path: nil, environment: withoutVariable).config.timeZone.identifier == "Europe/Rome")
    }
}

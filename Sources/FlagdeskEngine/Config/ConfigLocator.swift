/// Finds the config file: `--config PATH`, else `FLAGDESK_CONFIG`, else
/// `$XDG_CONFIG_HOME/flagdesk/config.toml` (XDG default `~/.config`) (DESIGN.md §8). The
/// environment is passed in, never read from the process, so tests are hermetic.
public struct ConfigLocator: Sendable {
    /// Where the path came from. A path the user named (flag or variable) must exist; the XDG
    /// default may be absent, and then the defaults apply.
    public enum Origin: String, Sendable, Equatable {
        case commandLine = "--config"
        case environment = "FLAGDESK_CONFIG"
        case xdgDefault = "the XDG default location"
    }

    public struct Location: Sendable, Equatable {
        public var path: String
        public var origin: Origin

        public init(path: String, origin: Origin) {
            self.path = path
            self.origin = origin
        }

        /// Whether the user named this file, so that its absence is an error.
        public var isExplicit: Bool { origin != .xdgDefault }
    }

    public let environment: [String: String]

    public init(environment: [String: String]) {
        self.environment = environment
    }

    /// The config location, or nil when there is none to look at (no flag, no variable, and
    /// neither XDG_CONFIG_HOME nor HOME set).
    public func locate(commandLinePath: String?) -> Location? {
        if let flag = commandLinePath, !flag.isEmpty { return Location(path: flag, origin: .commandLine) }
        if let variable = environment["FLAGDESK_CONFIG"], !variable.isEmpty {
            return Location(path: variable, origin: .environment)
        }
        guard let configHome = xdgConfigHome else { return nil }
        return Location(path: configHome + "/flagdesk/config.toml", origin: .xdgDefault)
    }

    /// `$XDG_CONFIG_HOME` when set and absolute (the XDG spec says to ignore a relative one),
    /// else `$HOME/.config`.
    var xdgConfigHome: String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return trimmingTrailingSlash(xdg) }
        if let home = environment["HOME"], !home.isEmpty { return trimmingTrailingSlash(home) + "/.config" }
        return nil
    }

    private func trimmingTrailingSlash(_ path: String) -> String {
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed
    }
}

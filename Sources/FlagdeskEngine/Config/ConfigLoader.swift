import FlagdeskCore
import Foundation
import TOMLKit

/// A configuration and the file it came from (nil when the defaults apply).
public struct LoadedConfig: Sendable, Equatable {
    public let config: FlagdeskConfig
    public let path: String?

    public init(config: FlagdeskConfig, path: String?) {
        self.config = config
        self.path = path
    }
}

/// The text of a file, or why there is none.
public enum FileContents: Sendable, Equatable {
    case text(String)
    case notFound
    case unreadable(String)

    public static func read(_ path: String) -> FileContents {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .notFound }
        guard !isDirectory.boolValue else { return .unreadable("a folder, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .unreadable("permission denied or I/O error")
        }
        guard let text = String(data: data, encoding: .utf8) else { return .unreadable("not UTF-8 text") }
        return .text(text)
    }
}

/// Loads and validates config.toml. Every problem in the file and its directory files is
/// collected in one pass and thrown together.
public enum ConfigLoader {
    /// Locates (`ConfigLocator`), reads and validates the configuration. `path` is the
    /// `--config` value.
    public static func load(path: String?, environment: [String: String]) throws(ConfigError) -> LoadedConfig {
        guard let location = ConfigLocator(environment: environment).locate(commandLinePath: path) else {
            return LoadedConfig(config: .defaults, path: nil)
        }
        switch FileContents.read(location.path) {
        case .notFound where !location.isExplicit:
            return LoadedConfig(config: .defaults, path: nil)
        case .notFound:
            throw ConfigError(problems: [
                ConfigProblem(
                    kind: .fileNotFound, file: location.path,
                    expected: "an existing config file (named by \(location.origin.rawValue))")
            ])
        case .unreadable(let reason):
            throw ConfigError(problems: [
                ConfigProblem(
                    kind: .unreadable, file: location.path, expected: "a readable config file, found \(reason)")
            ])
        case .text(let text):
            let config = try parse(text: text, file: location.path, environment: environment)
            return LoadedConfig(config: config, path: location.path)
        }
    }

    /// Validates config text. `file` names it in messages and anchors relative paths;
    /// `readFile` reads `directory_files` (injectable for tests).
    public static func parse(
        text: String, file: String, environment: [String: String],
        readFile: (String) -> FileContents = FileContents.read
    ) throws(ConfigError) -> FlagdeskConfig {
        let log = ProblemLog()
        guard let root = parseTOML(text, file: file, log: log) else { throw ConfigError(problems: log.problems) }
        let baseDirectory = URL(fileURLWithPath: file).deletingLastPathComponent().path
        let decoder = ConfigDecoder(paths: PathResolver(baseDirectory: baseDirectory, home: environment["HOME"]))
        var (config, entries, files) = decoder.decode(root)
        for directoryFile in files {
            entries.append(readDirectoryFile(directoryFile, from: root, log: log, readFile: readFile))
        }
        reportDuplicates(in: entries)
        config.directory = Directory.starter.merging(
            providers: entries.providers.map(\.provider), authorities: entries.authorities.map(\.authority))
        guard log.problems.isEmpty else { throw ConfigError(problems: ordered(log.problems)) }
        return config
    }

    /// The root table, or nil after logging a syntax error with TOMLKit's line and column.
    private static func parseTOML(_ text: String, file: String, log: ProblemLog) -> TOMLTableReader? {
        // TOMLKit hands the text to C as a NUL-terminated string: a NUL would silently cut it.
        if let nul = text.utf8.firstIndex(of: 0) {
            let line = text.utf8[..<nul].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            log.add(
                ConfigProblem(
                    kind: .syntax, file: file, line: line, location: "TOML syntax error",
                    expected: "text without NUL characters"))
            return nil
        }
        if let place = TOMLParserGuard.firstUnreadablePlace(in: text) {
            let found =
                place.found.map { ConfigText.escaped(String(Character($0)), limit: 20) } ?? "the end of the file"
            log.add(
                ConfigProblem(
                    kind: .syntax, file: file, line: place.line, column: place.column,
                    location: "TOML syntax error", expected: "\(place.expected), found \(found)"))
            return nil
        }
        do {
            let table = try TOMLTable(string: text)
            let source = ConfigSource(file: file, index: TOMLSourceIndex(source: text), log: log)
            return TOMLTableReader(table: table, path: .root, source: source)
        } catch let error as TOMLParseError {
            log.add(
                ConfigProblem(
                    kind: .syntax, file: file, line: error.source.begin.line, column: error.source.begin.column,
                    location: "TOML syntax error", expected: ConfigText.escaped(error.description, limit: 200)))
        } catch {
            log.add(ConfigProblem(kind: .syntax, file: file, location: "TOML syntax error", expected: "\(error)"))
        }
        return nil
    }

    /// A `directory_files` entry: `[[providers]]` and `[[authorities]]` only.
    private static func readDirectoryFile(
        _ directoryFile: DirectoryFile, from root: TOMLTableReader, log: ProblemLog,
        readFile: (String) -> FileContents
    ) -> DirectoryEntries {
        switch readFile(directoryFile.path) {
        case .notFound:
            root.report(
                .fileNotFound, "directory_files", index: directoryFile.index,
                found: ConfigText.quoted(directoryFile.named),
                expected: "an existing file (relative paths start at the config file's folder)")
        case .unreadable(let reason):
            root.report(
                .unreadable, "directory_files", index: directoryFile.index,
                found: ConfigText.quoted(directoryFile.named),
                expected: "a readable TOML file, not \(reason)")
        case .text(let text):
            guard let fileRoot = parseTOML(text, file: directoryFile.path, log: log) else { return DirectoryEntries() }
            let entries = DirectoryDecoder.entries(in: fileRoot)
            fileRoot.finish()
            return entries
        }
        return DirectoryEntries()
    }

    /// Two entries with one key, or two providers claiming one host, across config.toml and its
    /// directory files: ambiguous, so refused (overriding the starter list is by key and fine).
    private static func reportDuplicates(in entries: DirectoryEntries) {
        var providerKeys: [String: (ConfigPath, ConfigSource)] = [:]
        var hosts: [String: String] = [:]
        for (provider, path, source) in entries.providers {
            if let first = providerKeys[provider.key] {
                reportDuplicate(at: path.appending("key"), in: source, value: provider.key, first: first)
                continue
            }
            providerKeys[provider.key] = (path, source)
            for (index, host) in provider.hosts.enumerated() {
                if let owner = hosts[host], owner != provider.key {
                    source.report(
                        .duplicate, at: path.appending("hosts").appending(index: index), found: ConfigText.quoted(host),
                        expected:
                            "a host no other configured provider claims (already under \(ConfigText.quoted(owner)))")
                } else {
                    hosts[host] = provider.key
                }
            }
        }
        var authorityKeys: [String: (ConfigPath, ConfigSource)] = [:]
        for (authority, path, source) in entries.authorities {
            if let first = authorityKeys[authority.key] {
                reportDuplicate(at: path.appending("key"), in: source, value: authority.key, first: first)
            } else {
                authorityKeys[authority.key] = (path, source)
            }
        }
    }

    private static func reportDuplicate(
        at path: ConfigPath, in source: ConfigSource, value: String, first: (ConfigPath, ConfigSource)
    ) {
        let firstLine = first.1.index.line(for: first.0).map { ":\($0)" } ?? ""
        source.report(
            .duplicate, at: path, found: ConfigText.quoted(value),
            expected: "a key used once (already used at \(first.1.file)\(firstLine))")
    }

    /// Problems file by file (in the order the files were read), then by line.
    private static func ordered(_ problems: [ConfigProblem]) -> [ConfigProblem] {
        var rank: [String: Int] = [:]
        for problem in problems where rank[problem.file] == nil { rank[problem.file] = rank.count }
        return problems.enumerated().sorted { a, b in
            let keyA = (rank[a.element.file] ?? 0, a.element.line ?? 0, a.offset)
            let keyB = (rank[b.element.file] ?? 0, b.element.line ?? 0, b.offset)
            return keyA < keyB
        }.map(\.element)
    }
}

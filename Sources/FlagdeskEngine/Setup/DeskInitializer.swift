import FlagdeskCore
import Foundation

/// What `flagdesk init` did.
public struct InitReport: Sendable {
    /// The config file, and whether init wrote it (false: an existing file was kept).
    public var configPath: String?
    public var wroteConfig: Bool
    public var storeFolder: String
    public var demo: DemoSummary?
    /// The `[time] zone` written into a new config, and where it was read ("TZ", "/etc/localtime").
    public var zone: (identifier: String, source: String)?
}

/// `flagdesk init`: writes the documented example config where Flagdesk will look for it (never
/// over an existing file), creates the store, and optionally fills it with the demo desk.
public enum DeskInitializer {
    public static func initialize(_ options: DeskOptions, demo: Bool) throws(EngineError) -> InitReport {
        var wroteConfig = false
        var zone: MachineZone.Found?
        let location = ConfigLocator(environment: options.environment).locate(commandLinePath: options.configPath)
        if let location, !FileManager.default.fileExists(atPath: location.path) {
            let found = MachineZone.find(environment: options.environment)
            try writeExample(to: location.path, zone: found.identifier, demo: demo)
            wroteConfig = true
            zone = found
        }
        var storeOptions = options
        storeOptions.createStore = true
        // The account creating a team desk is its service account, not a member.
        if options.newDesk.setup == .team { storeOptions.access = .outsider }
        let desk = try Desk.open(storeOptions)
        let wanted = options.newDesk
        let made = desk.openedTeam.settings
        if made.setup != wanted.setup || made.simulatedClock != wanted.simulatedClock {
            throw .refused(
                "\(desk.store.folder.path) already holds a \(made.setup.rawValue) desk"
                    + (made.simulatedClock ? " with a simulated clock" : "")
                    + "; init never changes an existing desk (see `flagdesk team convert`)")
        }
        let summary = demo ? try desk.fillDemo() : nil
        return InitReport(
            configPath: location?.path, wroteConfig: wroteConfig, storeFolder: desk.store.folder.path, demo: summary,
            zone: zone.map { ($0.identifier, $0.source) })
    }

    /// The example configuration with the machine's zone in `[time]` (the example file says UTC)
    /// and, for a demo desk, the demo organisation in `[organisation]` (its documents are then
    /// complete and sendable: issue #16 defect 13).
    static func exampleText(zone: String, demo: Bool = false) -> String {
        let text = ConfigWriter.exampleText.replacingOccurrences(
            of: "\nzone = \"UTC\"\n", with: "\nzone = \"\(zone)\"\n")
        return demo ? DemoOrganisation.configText(from: text) : text
    }

    private static func writeExample(to path: String, zone: String, demo: Bool) throws(EngineError) {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            guard
                FileManager.default.createFile(
                    atPath: path, contents: Data(exampleText(zone: zone, demo: demo).utf8),
                    attributes: [.posixPermissions: 0o600])
            else {
                throw EngineError.configuration("cannot write the config file \(path)")
            }
        } catch let error as EngineError {
            throw error
        } catch {
            throw .configuration("cannot create the folder for \(path): \(error.localizedDescription)")
        }
    }
}

import Foundation

/// What one run of the `flagdesk` binary produced.
struct BinaryRun: Sendable {
    let exitCode: Int32
    let stdout: String
    let stderr: String
}

/// Runs the built `flagdesk` executable end to end, in a pinned environment: `TZ=UTC`,
/// `LANG=C.UTF-8`, and HOME plus the XDG folders inside a fresh temporary folder, so no run can
/// read or write the developer's real configuration or data, and none depends on the machine.
enum BinaryRunner {
    enum Failure: Error, CustomStringConvertible {
        case binaryNotFound([String])

        var description: String {
            switch self {
            case .binaryNotFound(let tried):
                return "flagdesk binary not found; tried: \(tried.joined(separator: ", "))"
            }
        }
    }

    /// The `flagdesk` executable: next to the test bundle (SwiftPM puts both in the same build
    /// folder), else `.build/debug/flagdesk` under the current folder.
    static func binaryURL() throws -> URL {
        var candidates: [URL] = []
        let bundleFolder = Bundle.main.bundleURL
        candidates.append(bundleFolder.appendingPathComponent("flagdesk"))
        candidates.append(bundleFolder.deletingLastPathComponent().appendingPathComponent("flagdesk"))
        if let first = CommandLine.arguments.first {
            let folder = URL(fileURLWithPath: first).deletingLastPathComponent()
            candidates.append(folder.appendingPathComponent("flagdesk"))
            // macOS: the .xctest bundle's executable sits in Contents/MacOS three levels down.
            candidates.append(
                folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                    .appendingPathComponent("flagdesk"))
        }
        candidates.append(
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                .appendingPathComponent(".build/debug/flagdesk"))
        for candidate in candidates {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        throw Failure.binaryNotFound(candidates.map(\.path))
    }

    /// Runs `flagdesk` with the arguments; `environment` entries are added to (or replace) the
    /// pinned ones, e.g. `["TZ": "Pacific/Kiritimati"]`.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> BinaryRun {
        let sandbox = FileManager.default.temporaryDirectory
            .appendingPathComponent("flagdesk-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: sandbox, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: sandbox) }

        var pinned: [String: String] = [
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "TZ": "UTC",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "HOME": sandbox.appendingPathComponent("home").path,
            "XDG_CONFIG_HOME": sandbox.appendingPathComponent("config").path,
            "XDG_DATA_HOME": sandbox.appendingPathComponent("data").path,
            "XDG_STATE_HOME": sandbox.appendingPathComponent("state").path,
            "XDG_CACHE_HOME": sandbox.appendingPathComponent("cache").path,
            "NO_COLOR": "1",
        ]
        // Each run has its own config home, so the store's seal key is kept beside the store
        // (outside its folder), where every run on that store finds it.
        if let flag = arguments.firstIndex(of: "--store"), flag + 1 < arguments.count {
            pinned["FLAGDESK_SEAL_KEY"] = arguments[flag + 1] + ".seal.key"
        }
        pinned.merge(environment) { _, new in new }
        for folder in ["home", "config", "data", "state", "cache"] {
            try FileManager.default.createDirectory(
                at: sandbox.appendingPathComponent(folder), withIntermediateDirectories: true)
        }

        // Output goes to files, not pipes: a pipe that fills up while we wait would deadlock.
        let stdoutURL = sandbox.appendingPathComponent("stdout")
        let stderrURL = sandbox.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
        let stderrHandle = try FileHandle(forWritingTo: stderrURL)

        let process = Process()
        process.executableURL = try binaryURL()
        process.arguments = arguments
        process.environment = pinned
        process.currentDirectoryURL = sandbox
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdoutHandle
        process.standardError = stderrHandle
        try process.run()
        process.waitUntilExit()
        try stdoutHandle.close()
        try stderrHandle.close()

        let out = try Data(contentsOf: stdoutURL)
        let err = try Data(contentsOf: stderrURL)
        return BinaryRun(
            exitCode: process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }
}

import Foundation
import Testing

@testable import FlagdeskEngine

/// On a team desk reached through sudo, the configuration is the service account's: one others
/// may write to is refused, since it names the commands Flagdesk runs as the service account
/// (`[sending] send_command`). A file owned by another account is refused too; that needs real
/// distinct uids and is tried in `Tests/e2e/team-desk.sh`.
@Suite("Trust: a team desk reads only the service account's configuration")
struct TeamDeskConfigurationTests {
    @Test func aConfigurationOthersMayWriteIsRefusedThroughSudo() throws {
        let world = try WorkflowWorld()
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: world.configPath)
        #expect {
            _ = try world.desk(as: "bob")
        } throws: { error in
            guard case .configuration(let message) = error as? EngineError else { return false }
            return message.contains("may be changed by accounts other than flagdesk (mode 666)")
                && message.contains("chmod go-w")
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: world.configPath)
        #expect(try world.desk(as: "bob").actor == "bob")
    }

    @Test func theRuleHoldsOnlyForAPersonThroughSudo() throws {
        let path = temporaryFolder("config").appendingPathComponent("config.toml")
        try Data("".utf8).write(to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: path.path)
        let process = FakeProcess(account: "ana", underSudo: false)
        // A personal desk's own account: her file, her business.
        try TeamDeskConfiguration.check(
            path: path.path, actor: ActorIdentity.Resolved(login: "ana", source: .account), process: process)
        #expect(throws: EngineError.self) {
            try TeamDeskConfiguration.check(
                path: path.path, actor: ActorIdentity.Resolved(login: "bob", source: .sudo(from: "flagdesk")),
                process: process)
        }
    }
}

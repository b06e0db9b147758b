import FlagdeskEngine

/// A read-only store (`Store.readOnlyReason`): every command that would change it answers at
/// once, before any question, picker or form (`DeskCommand.changesTheStore`).
extension DeskController {
    func readOnlyRefusal(_ command: DeskCommand) -> String? {
        guard command.changesTheStore, let reason = desk.readOnlyReason else { return nil }
        return "read-only store: \(command.rawValue) would change it (\(reason)); reading works"
    }
}

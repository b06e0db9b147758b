import FlagdeskEngine

/// `[keys]` of the configuration applied to the key table (aerc's binds.conf: `hold = "H"`).
/// A setting replaces every key of its command, in each screen where the command has keys (a
/// command with none gets them everywhere). Nothing is silently ignored: an unknown command, an
/// unknown key, or a key that would then run two commands on one screen refuses the whole
/// configuration, naming the file and line.
extension Keymap {
    public func configured(by settings: [KeySetting]) throws(ConfigError) -> Keymap {
        var problems: [ConfigProblem] = []
        var result = bindings
        /// Which setting put each (context, key) in place, for the message about a clash.
        var origin: [KeyContext: [Key: KeySetting]] = [:]
        for setting in settings {
            func refuse(_ found: String, _ expected: String, suggestion: String? = nil) {
                problems.append(
                    ConfigProblem(
                        kind: .invalidValue, file: setting.file, line: setting.line,
                        location: "[keys] \(setting.command)", found: found, expected: expected, suggestion: suggestion)
                )
            }
            guard let command = DeskCommand(rawValue: setting.command) else {
                let names = DeskCommand.allCases.map(\.rawValue)
                refuse(
                    "an unknown command", "a command of the desk (`?` in the desk lists them)",
                    suggestion: EditDistance.suggestion(for: setting.command, among: names))
                continue
            }
            var keys: [Key] = []
            for name in setting.keys {
                guard let key = KeyNotation.key(named: name) else {
                    refuse("\"\(name)\"", KeyNotation.expectation)
                    continue
                }
                if !keys.contains(key) { keys.append(key) }
            }
            guard !keys.isEmpty else { continue }
            var contexts = result.filter { $0.command == command }.map(\.context)
            if contexts.isEmpty { contexts = [.global] }
            result.removeAll { $0.command == command }
            for context in Set(contexts).sorted(by: { $0.rawValue < $1.rawValue }) {
                result.append(KeyBinding(context: context, keys: keys, command: command))
                for key in keys { origin[context, default: [:]][key] = setting }
            }
        }
        problems += Self.clashes(in: result, origin: origin)
        guard problems.isEmpty else { throw ConfigError(problems: problems) }
        return Keymap(bindings: result)
    }

    /// Keys a setting placed that would run two commands on one screen (its own bindings, or
    /// its own and the global ones): one problem per clash, at the setting's line.
    private static func clashes(in bindings: [KeyBinding], origin: [KeyContext: [Key: KeySetting]]) -> [ConfigProblem] {
        var problems: [ConfigProblem] = []
        var reported: Set<String> = []
        for (context, placed) in origin {
            let scopes: [KeyContext] = context == .global ? KeyContext.allCases : [context, .global]
            for (key, setting) in placed.sorted(by: { ($0.value.line ?? 0) < ($1.value.line ?? 0) }) {
                for scope in scopes {
                    let pair = context == .global ? [scope, .global] : scopes
                    let commands = bindings.filter { pair.contains($0.context) && $0.keys.contains(key) }.map(\.command)
                    let others = Set(commands).subtracting([DeskCommand(rawValue: setting.command)].compactMap { $0 })
                    guard let other = others.sorted(by: { $0.rawValue < $1.rawValue }).first else { continue }
                    let id = "\(KeyNotation.name(of: key)) \(other.rawValue) \(setting.command)"
                    guard reported.insert(id).inserted else { continue }
                    problems.append(
                        ConfigProblem(
                            kind: .duplicate, file: setting.file, line: setting.line,
                            location: "[keys] \(setting.command)",
                            found: "\"\(KeyNotation.name(of: key))\", which already runs \(other.rawValue) "
                                + "(\(scope.title))",
                            expected: "a key bound once per screen (rebind \(other.rawValue) too, or pick another key)")
                    )
                }
            }
        }
        return problems.sorted { ($0.line ?? 0, $0.found ?? "") < ($1.line ?? 0, $1.found ?? "") }
    }
}

extension KeyNotation {
    static let expectation =
        "a key as the help writes it: one character (\"H\"), a control key (\"C-r\") or a named key "
        + "(<Enter> <Esc> <Tab> <S-Tab> <Space> <Backspace> <Up> <Down> <Left> <Right> <Home> <End> "
        + "<PageUp> <PageDown> <Insert> <Delete> <F1>...<F63>)"

    /// Keys with a name of their own, as `name(of:)` writes them.
    private static let named: [Key] = [
        .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .insert, .delete, .enter, .escape, .backspace,
        .tab, .backTab, .rune(" "),
    ]

    /// The key a name in the configuration stands for: the inverse of `name(of:)`. Control keys
    /// the terminal sends as another key (C-h is Backspace, C-i Tab, C-j and C-m Enter, C-[ Esc)
    /// are refused: bound, they would never arrive.
    static func key(named name: String) -> Key? {
        if let key = named.first(where: { self.name(of: $0).lowercased() == name.lowercased() }) { return key }
        let scalars = Array(name.unicodeScalars)
        if scalars.count == 1, let scalar = scalars.first, !scalar.properties.isWhitespace,
            scalar.properties.generalCategory != .control, scalar.value >= 0x20, !(0x80...0x9F).contains(scalar.value)
        {
            return .rune(scalar)
        }
        if name.count == 3, name.hasPrefix("C-"), let letter = name.last {
            let lower = Character(letter.lowercased())
            guard lower.isASCII, lower.isLetter || "@\\]^_".contains(lower), !"hijm".contains(lower) else { return nil }
            return .control(lower)
        }
        if name.hasPrefix("<F"), name.hasSuffix(">"), let number = Int(name.dropFirst(2).dropLast()),
            (1...63).contains(number)
        {
            return .function(number)
        }
        return nil
    }
}

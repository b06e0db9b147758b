/// How keys are written in the help screen: `j`, `<Down>`, `C-f`, `<Space>` (mutt and vim notation).
enum KeyNotation {
    static func name(of key: Key) -> String {
        switch key {
        case .rune(" "): return "<Space>"
        case .rune(let scalar): return String(scalar)
        case .control(let letter): return "C-\(letter)"
        case .up: return "<Up>"
        case .down: return "<Down>"
        case .left: return "<Left>"
        case .right: return "<Right>"
        case .home: return "<Home>"
        case .end: return "<End>"
        case .pageUp: return "<PageUp>"
        case .pageDown: return "<PageDown>"
        case .insert: return "<Insert>"
        case .delete: return "<Delete>"
        case .enter: return "<Enter>"
        case .escape: return "<Esc>"
        case .backspace: return "<Backspace>"
        case .tab: return "<Tab>"
        case .backTab: return "<S-Tab>"
        case .function(let number): return "<F\(number)>"
        case .resize: return "<Resize>"
        case .unknown(let code): return "<\(code)>"
        }
    }
}

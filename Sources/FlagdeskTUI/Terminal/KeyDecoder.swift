import CNcursesw

/// Turns what `wget_wch` returns into a `Key`: a character (status OK) or a curses key code
/// (status KEY_CODE_YES, with `keypad` on).
enum KeyDecoder {
    static func decode(_ value: UInt32, isKeyCode: Bool) -> Key {
        isKeyCode ? decodeKeyCode(Int32(truncatingIfNeeded: value)) : decodeCharacter(value)
    }

    static func decodeCharacter(_ value: UInt32) -> Key {
        switch value {
        case 0x0A, 0x0D: return .enter
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x09: return .tab
        case 0x00: return .control("@")
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(UInt8(0x60 + value))))
        case 0x1C...0x1F: return .control(Character(Unicode.Scalar(UInt8(0x40 + value))))
        case 0x80...0x9F: return .unknown(value)  // C1 controls are never runes
        default:
            guard let scalar = Unicode.Scalar(value) else { return .unknown(value) }
            return .rune(scalar)
        }
    }

    static func decodeKeyCode(_ code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_IC: return .insert
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case fd_key_resize(): return .resize
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return .unknown(UInt32(bitPattern: code))
        }
    }
}

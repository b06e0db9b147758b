/// A key press, decoded from what the terminal sent.
public enum Key: Sendable, Hashable {
    /// A printable character (one Unicode scalar: combining marks arrive as keys of their own).
    case rune(Unicode.Scalar)
    /// Control plus a letter or one of `@[\]^_`, given as the lower-case letter or the symbol:
    /// Ctrl-A is `.control("a")`. Tab, Enter, Backspace and Esc have their own cases.
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case insert, delete
    case enter, escape, backspace, tab, backTab
    /// F1 to F63.
    case function(Int)
    /// The terminal changed size: read the screen's `size` again and redraw.
    case resize
    /// A key code the decoder does not know (kept so that it can be reported, not acted on).
    case unknown(UInt32)
}

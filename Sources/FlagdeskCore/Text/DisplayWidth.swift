/// How many terminal cells text occupies, and cutting or padding it to a number of cells
/// without ever splitting a grapheme cluster (DESIGN.md §8).
///
/// Widths follow wcwidth as terminals implement it, summed per grapheme cluster (wcswidth),
/// except that an emoji sequence is one 2-cell glyph. Per scalar:
/// - 0: control characters, nonspacing and enclosing marks (Mn, Me), format characters (Cf)
///   except the soft hyphen and the visible prepended concatenation marks, Hangul medial vowels
///   and final consonants (they join the preceding initial consonant);
/// - 2: East Asian Wide and Fullwidth (CJK, Hangul syllables, Hiragana, Katakana, fullwidth
///   forms; see `WideCharacterTable`) and emoji presentation, including ZWJ sequences, flags
///   (regional-indicator pairs), keycaps, skin-tone modifiers and text symbols followed by
///   U+FE0F VARIATION SELECTOR-16;
/// - 1: everything else (ambiguous-width characters count as narrow, as in a Western locale).
///
/// Meant for sanitised text (`TerminalSanitizer`): raw control characters count 0 here, but a
/// terminal would act on them instead of showing them.
public enum DisplayWidth {
    /// Where `pad` puts the text inside the padded field.
    public enum Alignment: Sendable, Hashable {
        case left, right
    }

    /// Terminal cells taken by a whole string.
    public static func width(of text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        // Without zero-width scalars, flags or skin tones every cluster's width is the sum of its
        // scalars' widths: no need to find cluster boundaries, which costs more than the sum.
        var total = 0
        for scalar in text.unicodeScalars {
            let cells = width(of: scalar)
            if cells == 0 || isRegionalIndicator(scalar) || isEmojiModifier(scalar) {
                return text.reduce(0) { $0 + width(of: $1) }
            }
            total += cells
        }
        return total
    }

    /// Terminal cells taken by one grapheme cluster: the sum of its scalars' widths (so that
    /// `e` + U+0301 is 1, a Hangul jamo syllable 2, Devanagari `कि` 2), or 2 for an emoji
    /// sequence.
    public static func width(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let base = scalars.first else { return 0 }
        if isRegionalIndicator(base) {
            // A flag is a pair of regional indicators; a lone one is drawn as a narrow letter.
            return scalars.filter(isRegionalIndicator).count >= 2 ? 2 : 1
        }
        var cells = width(of: base)
        let baseIsEmoji = base.properties.isEmoji
        for scalar in scalars.dropFirst() {
            switch scalar.value {
            case 0xFE0F where baseIsEmoji:
                cells = 2  // emoji presentation requested (also keycaps: 1 FE0F 20E3)
            case _ where isEmojiModifier(scalar):
                // Skin tone: merges into an emoji modifier base, else drawn as its own swatch.
                cells = base.properties.isEmojiModifierBase ? 2 : cells + 2
            case 0x200D where baseIsEmoji:
                return 2  // a ZWJ sequence is drawn as one emoji
            default:
                cells += width(of: scalar)  // wcswidth: a spacing mark takes its own cell
            }
        }
        return cells
    }

    /// Terminal cells of one scalar on its own (wcwidth), with controls counted as 0.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }  // DEL and C1 controls
        if value == 0x00AD { return 1 }  // soft hyphen: terminals draw it
        if isZeroWidth(scalar) { return 0 }
        if WideCharacterTable.contains(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// The longest prefix of whole grapheme clusters that fits in `width` cells, followed by
    /// `ellipsis` when anything was cut. Never wider than `width`; when even the ellipsis does
    /// not fit, the clusters that fit are returned without it.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width >= 0 else { return "" }
        let ellipsisWidth = Self.width(of: ellipsis)
        let marker = ellipsisWidth <= width ? ellipsis : ""
        let budget = width - (marker.isEmpty ? 0 : ellipsisWidth)
        // One pass that stops as soon as the text is known not to fit: `end` marks the longest
        // prefix within `budget`, kept for when the whole text turns out wider than `width`.
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            used += Self.width(of: text[index])
            if used > width { return String(text[..<end]) + marker }
            if used <= budget { end = text.index(after: index) }
        }
        return text
    }

    /// `text` followed (or, right-aligned, preceded) by spaces up to `width` cells. Text already
    /// as wide or wider is returned unchanged; use `fit` to get exactly `width` cells.
    public static func pad(_ text: String, toWidth width: Int, alignment: Alignment = .left) -> String {
        let missing = width - Self.width(of: text)
        guard missing > 0 else { return text }
        let spaces = String(repeating: " ", count: missing)
        return alignment == .left ? text + spaces : spaces + text
    }

    /// Exactly `width` cells: truncated with an ellipsis if too wide, then padded (a wide
    /// character that would straddle the edge is replaced by padding).
    public static func fit(
        _ text: String, toWidth width: Int, ellipsis: String = "…", alignment: Alignment = .left
    ) -> String {
        pad(truncate(text, toWidth: width, ellipsis: ellipsis), toWidth: width, alignment: alignment)
    }

    // MARK: - Classification

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    static func isEmojiModifier(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F3FB...0x1F3FF).contains(scalar.value)
    }

    /// Scalars that take no cell of their own: they combine with, or join, what precedes them.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1160...0x11FF, 0xD7B0...0xD7FF: return true  // Hangul jungseong and jongseong
        case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x110BD, 0x110CD:
            return false  // prepended concatenation marks are format characters, but visible
        default: break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return true
        default: return false
        }
    }
}

/// Whether line breaks and tabs may pass through to the terminal.
public enum SanitizeMode: Sendable, Hashable {
    /// One line of a list, a field, a title: every control character is made visible.
    case singleLine
    /// A text body shown in a pager: `\n` and `\t` pass through; everything else as single-line.
    case multiLine
}

/// The one function everything shown in the terminal passes through (DESIGN.md §8).
///
/// Flagged content, URLs and file names are hostile: an escape sequence in them would set the
/// terminal title, write the clipboard (OSC 52), move the cursor, clear the screen or hide a
/// link target (OSC 8); bidi controls make `invoice\u{202E}fdp.exe` read as `invoiceexe.pdf`.
/// Nothing is dropped silently: each dangerous scalar is replaced by a visible marker.
///
/// The marker scheme (one scheme, each marker names exactly one scalar):
/// - C0 controls and DEL in caret notation, as `cat -v` and `less` show them: U+0000 `^@`,
///   U+0001 `^A` ... U+001B ESC `^[` ... U+001F `^_`, U+007F `^?`; tab is `^I`, LF `^J`,
///   CR `^M` (CR is always shown: it would let later text overwrite the line).
/// - Every other revealed scalar as `<U+XXXX>` (upper-case hex, at least four digits):
///   C1 controls (U+0080-U+009F, e.g. the 8-bit CSI `<U+009B>`), bidi controls
///   (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), U+2028, U+2029, U+FEFF, the
///   invisible operators and word joiner U+2060-U+2064, the deprecated format controls
///   U+206A-U+206F, interlinear annotation U+FFF9-U+FFFB, and tag characters U+E0000-U+E007F
///   outside an emoji tag sequence (they can smuggle invisible ASCII).
/// - An escape sequence keeps its remaining characters, which are printable once the ESC is a
///   marker: `ESC ] 52 ; c ; ... BEL` becomes `^[]52;c;...^G`.
///
/// Output is never re-escaped: the markers are printable ASCII, so sanitising is idempotent.
/// A combining mark with nothing to combine with (at the start of the text, after a control
/// character or after a marker) is kept, on U+25CC DOTTED CIRCLE, so that it cannot merge
/// into the cell drawn before the sanitised text. A lone Hangul medial vowel or final
/// consonant (zero-width, but not a mark, so no dotted circle can carry it) becomes a marker.
public enum TerminalSanitizer {
    /// Text made safe to write to a terminal. See the type's documentation for the markers.
    public static func sanitize(_ text: String, mode: SanitizeMode = .singleLine) -> String {
        let policy: RevealPolicy = mode == .multiLine ? .multiLine : .singleLine
        return reveal(text, policy: policy)
    }

    /// Stricter variant for URLs, host names and file names: single-line, and also reveals
    /// every invisible or space-like character that could disguise where a link leads: all
    /// format characters (zero-width space and joiners U+200B-U+200D, soft hyphen U+00AD...),
    /// all default-ignorable code points (variation selectors, Hangul fillers, U+034F,
    /// U+180B-U+180F...) and every space other than U+0020 (no-break, ideographic, en/em...).
    public static func sanitizeURL(_ text: String) -> String {
        reveal(text, policy: .url)
    }

    /// The marker for a scalar: caret notation for C0 and DEL, `<U+XXXX>` for the rest.
    public static func marker(for scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        if value < 0x20 { return "^" + String(Unicode.Scalar(UInt8(value) + 0x40)) }
        if value == 0x7F { return "^?" }
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    // MARK: - Implementation

    enum RevealPolicy {
        case singleLine, multiLine, url
    }

    private static let dottedCircle: Unicode.Scalar = "\u{25CC}"

    static func reveal(_ text: String, policy: RevealPolicy) -> String {
        // Fast path: printable ASCII is what most fields hold, and it is always safe.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        // Most other text (prose in any script, NFC) has nothing to reveal and no mark that
        // could be lone: one pass over the scalars, without finding cluster boundaries.
        if !text.unicodeScalars.contains(where: { needsAttention($0, policy: policy) }) { return text }
        var output = String.UnicodeScalarView()
        for cluster in text {
            let scalars = cluster.unicodeScalars
            let inEmojiTagSequence = scalars.first?.value == 0x1F3F4  // e.g. the flag of Scotland
            // Nothing drawn yet to attach a combining mark to: true at every cluster start, so a
            // mark opening a cluster (after a control, or at the start of the text) is lone.
            var needsBase = true
            for scalar in scalars {
                let isLoneJamo = needsBase && isHangulMedialOrFinal(scalar)
                if isLoneJamo || mustReveal(scalar, policy: policy, inEmojiTagSequence: inEmojiTagSequence) {
                    output.append(contentsOf: marker(for: scalar).unicodeScalars)
                    needsBase = true
                    continue
                }
                let combines = combinesWithPrevious(scalar)
                // Not on a circle already there: some marks (Myanmar U+1068) open a cluster even
                // after a dotted circle, and a second pass must not add another (found by fuzzing).
                if needsBase && combines && output.last != dottedCircle { output.append(dottedCircle) }
                output.append(scalar)
                // A joiner or other zero-width scalar draws nothing a later mark could sit on.
                needsBase = needsBase && !combines && DisplayWidth.isZeroWidth(scalar)
            }
        }
        return String(output)
    }

    /// Whether a scalar may change the output: revealed, or a mark or jamo that may be lone.
    private static func needsAttention(_ scalar: Unicode.Scalar, policy: RevealPolicy) -> Bool {
        if (0x20...0x7E).contains(scalar.value) { return false }
        return mustReveal(scalar, policy: policy, inEmojiTagSequence: false) || combinesWithPrevious(scalar)
            || isHangulMedialOrFinal(scalar)
    }

    static func mustReveal(_ scalar: Unicode.Scalar, policy: RevealPolicy, inEmojiTagSequence: Bool) -> Bool {
        let value = scalar.value
        switch value {
        case 0x0A, 0x09: return policy != .multiLine
        case 0x00...0x1F, 0x7F...0x9F: return true  // C0, DEL, C1
        case 0x20...0x7E: return false
        default: break
        }
        if isRevealedInAnyText(value, inEmojiTagSequence: inEmojiTagSequence) { return true }
        guard policy == .url else { return false }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .surrogate:
            return true
        default:
            return properties.isDefaultIgnorableCodePoint
        }
    }

    /// Invisible characters that reorder or hide text, revealed even in ordinary prose. Joiners
    /// (U+200C, U+200D), the zero-width space and the soft hyphen stay: Persian, emoji ZWJ
    /// sequences, Thai and German text need them. `sanitizeURL` reveals those too.
    static func isRevealedInAnyText(_ value: UInt32, inEmojiTagSequence: Bool) -> Bool {
        switch value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true  // bidi controls
        case 0x2028, 0x2029, 0xFEFF: return true  // line/paragraph separators, BOM / ZW no-break space
        case 0x2060...0x2064, 0x206A...0x206F, 0xFFF9...0xFFFB: return true
        case 0xE0000...0xE007F: return !inEmojiTagSequence
        default: return false
        }
    }

    /// Combining marks: a terminal draws them into the preceding cell.
    static func combinesWithPrevious(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x0300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Hangul medial vowels and final consonants: zero-width, they join the syllable before them.
    /// With no syllable to join (a dotted circle would not form a cluster with them), they are
    /// shown as markers.
    static func isHangulMedialOrFinal(_ scalar: Unicode.Scalar) -> Bool {
        (0x1160...0x11FF).contains(scalar.value) || (0xD7B0...0xD7FF).contains(scalar.value)
    }
}

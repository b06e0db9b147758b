import FlagdeskCore
import FuzzSupport

/// The terminal sanitiser: whatever the text, the output holds no ESC, C0 or C1 control, DEL or
/// bidi control (multi-line mode keeps only `\n` and `\t`), sanitising twice changes nothing,
/// and the display-width helpers agree with each other.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzSanitizer(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var input = FuzzInput(data, count)
    let width = Int(input.byte())
    let text = String(decoding: input.rest, as: UTF8.self)
    for mode in [SanitizeMode.singleLine, .multiLine] {
        let safe = TerminalSanitizer.sanitize(text, mode: mode)
        for scalar in safe.unicodeScalars {
            let allowed = mode == .multiLine && (scalar == "\n" || scalar == "\t")
            require(
                allowed || !isDangerous(scalar), "\(mode) output keeps U+\(hex(scalar)) from \(text.debugDescription)")
        }
        require(TerminalSanitizer.sanitize(safe, mode: mode) == safe, "\(mode) sanitising is not idempotent")
    }
    let url = TerminalSanitizer.sanitizeURL(text)
    require(!url.unicodeScalars.contains(where: isDangerous), "sanitizeURL keeps a control in \(text.debugDescription)")

    let line = TerminalSanitizer.sanitize(text)
    let total = DisplayWidth.width(of: line)
    require(total >= 0, "negative width")
    let cut = DisplayWidth.truncate(line, toWidth: width)
    require(DisplayWidth.width(of: cut) <= width, "truncate(\(width)) gives width \(DisplayWidth.width(of: cut))")
    let padded = DisplayWidth.pad(cut, toWidth: width)
    require(DisplayWidth.width(of: padded) == width, "pad(\(width)) gives width \(DisplayWidth.width(of: padded))")
    return 0
}

runFuzzer(fuzzSanitizer)

/// C0 controls, DEL, C1 controls and bidi controls: what can drive or disguise a terminal.
func isDangerous(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || scalar.properties.isBidiControl
        || value == 0x2028 || value == 0x2029
}

func hex(_ scalar: Unicode.Scalar) -> String { String(scalar.value, radix: 16, uppercase: true) }

import CNcursesw
import Testing

@testable import FlagdeskTUI

struct KeyDecoderTests {
    @Test(
        arguments: [
            (0x0A, Key.enter), (0x0D, .enter), (0x1B, .escape), (0x7F, .backspace), (0x08, .backspace),
            (0x09, .tab), (0x01, .control("a")), (0x03, .control("c")), (0x1A, .control("z")),
            (0x00, .control("@")), (0x1F, .control("_")), (0x6A, .rune("j")), (0xE9, .rune("é")),
            (0x6771, .rune("東")), (0x1F600, .rune("😀")), (0x9B, .unknown(0x9B)),
        ] as [(UInt32, Key)])
    func characters(value: UInt32, key: Key) {
        #expect(KeyDecoder.decode(value, isKeyCode: false) == key)
    }

    @Test func keyCodes() {
        let table: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right), (KEY_HOME, .home),
            (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_DC, .delete), (KEY_IC, .insert),
            (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_BTAB, .backTab), (fd_key_resize(), .resize),
            (KEY_F0 + 1, .function(1)), (KEY_F0 + 12, .function(12)),
        ]
        for (code, key) in table {
            #expect(KeyDecoder.decode(UInt32(code), isKeyCode: true) == key)
        }
        #expect(KeyDecoder.decode(0o777, isKeyCode: true) == .unknown(0o777))
    }
}

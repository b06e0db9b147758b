/// East Asian Wide (W) and Fullwidth (F) code points: two terminal cells each.
///
/// Generated from the Unicode 14.0 EastAsianWidth.txt (assigned W and F code points, merged into
/// ranges), with whole blocks widened where UAX #11 makes every code point of the block wide:
/// CJK Unified Ideographs (and extensions, planes 2 and 3), Compatibility Ideographs, Ideographic
/// Description Characters, CJK Strokes, Tangut, Khitan and the Kana/Nushu supplements. That way
/// characters added to those blocks by Unicode 15 and 16 are wide too. Emoji added after 14.0 are
/// covered by `Unicode.Scalar.Properties.isEmojiPresentation` in `DisplayWidth` (the standard
/// library's Unicode data is newer than this table).
enum WideCharacterTable {
    /// Sorted, non-overlapping ranges; looked up by binary search.
    static let ranges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Choseong Kiyeok .. Hangul Choseong Filler
        0x231A...0x231B,  // Watch .. Hourglass
        0x2329...0x232A,  // Left-Pointing Angle Bracket .. Right-Pointing Angle Bracket
        0x23E9...0x23EC,  // Black Right-Pointing Double Triang .. Black Down-Pointing Double Triangl
        0x23F0...0x23F0,  // Alarm Clock
        0x23F3...0x23F3,  // Hourglass With Flowing Sand
        0x25FD...0x25FE,  // White Medium Small Square .. Black Medium Small Square
        0x2614...0x2615,  // Umbrella With Rain Drops .. Hot Beverage
        0x2648...0x2653,  // Aries .. Pisces
        0x267F...0x267F,  // Wheelchair Symbol
        0x2693...0x2693,  // Anchor
        0x26A1...0x26A1,  // High Voltage Sign
        0x26AA...0x26AB,  // Medium White Circle .. Medium Black Circle
        0x26BD...0x26BE,  // Soccer Ball .. Baseball
        0x26C4...0x26C5,  // Snowman Without Snow .. Sun Behind Cloud
        0x26CE...0x26CE,  // Ophiuchus
        0x26D4...0x26D4,  // No Entry
        0x26EA...0x26EA,  // Church
        0x26F2...0x26F3,  // Fountain .. Flag In Hole
        0x26F5...0x26F5,  // Sailboat
        0x26FA...0x26FA,  // Tent
        0x26FD...0x26FD,  // Fuel Pump
        0x2705...0x2705,  // White Heavy Check Mark
        0x270A...0x270B,  // Raised Fist .. Raised Hand
        0x2728...0x2728,  // Sparkles
        0x274C...0x274C,  // Cross Mark
        0x274E...0x274E,  // Negative Squared Cross Mark
        0x2753...0x2755,  // Black Question Mark Ornament .. White Exclamation Mark Ornament
        0x2757...0x2757,  // Heavy Exclamation Mark Symbol
        0x2795...0x2797,  // Heavy Plus Sign .. Heavy Division Sign
        0x27B0...0x27B0,  // Curly Loop
        0x27BF...0x27BF,  // Double Curly Loop
        0x2B1B...0x2B1C,  // Black Large Square .. White Large Square
        0x2B50...0x2B50,  // White Medium Star
        0x2B55...0x2B55,  // Heavy Large Circle
        0x2E80...0x2E99,  // CJK Radical Repeat .. CJK Radical Rap
        0x2E9B...0x2EF3,  // CJK Radical Choke .. CJK Radical C-Simplified Turtle
        0x2F00...0x2FD5,  // Kangxi Radical One .. Kangxi Radical Flute
        0x2FF0...0x303E,  // Ideographic Description Character  .. Ideographic Variation Indicator
        0x3041...0x3096,  // Hiragana Letter Small A .. Hiragana Letter Small Ke
        0x3099...0x30FF,  // Combining Katakana-Hiragana Voiced .. Katakana Digraph Koto
        0x3105...0x312F,  // Bopomofo Letter B .. Bopomofo Letter Nn
        0x3131...0x318E,  // Hangul Letter Kiyeok .. Hangul Letter Araeae
        0x3190...0x321E,  // Ideographic Annotation Linking Mar .. Parenthesized Korean Character O H
        0x3220...0x3247,  // Parenthesized Ideograph One .. Circled Ideograph Koto
        0x3250...0x4DBF,  // Partnership Sign .. CJK Unified Ideograph-4Dbf
        0x4E00...0xA48C,  // CJK Unified Ideograph-4E00 .. Yi Syllable Yyr
        0xA490...0xA4C6,  // Yi Radical Qot .. Yi Radical Ke
        0xA960...0xA97C,  // Hangul Choseong Tikeut-Mieum .. Hangul Choseong Ssangyeorinhieuh
        0xAC00...0xD7A3,  // Hangul Syllable Ga .. Hangul Syllable Hih
        0xF900...0xFAFF,  // CJK Compatibility Ideograph-F900
        0xFE10...0xFE19,  // Presentation Form For Vertical Com .. Presentation Form For Vertical Hor
        0xFE30...0xFE52,  // Presentation Form For Vertical Two .. Small Full Stop
        0xFE54...0xFE66,  // Small Semicolon .. Small Equals Sign
        0xFE68...0xFE6B,  // Small Reverse Solidus .. Small Commercial At
        0xFF01...0xFF60,  // Fullwidth Exclamation Mark .. Fullwidth Right White Parenthesis
        0xFFE0...0xFFE6,  // Fullwidth Cent Sign .. Fullwidth Won Sign
        0x16FE0...0x16FE4,  // Tangut Iteration Mark .. Khitan Small Script Filler
        0x16FF0...0x16FF1,  // Vietnamese Alternate Reading Mark  .. Vietnamese Alternate Reading Mark
        0x17000...0x18D7F,  // Tangut, Tangut Components, Khitan Small Script, Tangut Supplement
        0x1AFF0...0x1AFF3,  // Katakana Letter Minnan Tone-2 .. Katakana Letter Minnan Tone-5
        0x1AFF5...0x1AFFB,  // Katakana Letter Minnan Tone-7 .. Katakana Letter Minnan Nasalized T
        0x1AFFD...0x1AFFE,  // Katakana Letter Minnan Nasalized T .. Katakana Letter Minnan Nasalized T
        0x1B000...0x1B2FF,  // Katakana Letter Archaic E
        0x1F004...0x1F004,  // Mahjong Tile Red Dragon
        0x1F0CF...0x1F0CF,  // Playing Card Black Joker
        0x1F18E...0x1F18E,  // Negative Squared Ab
        0x1F191...0x1F19A,  // Squared Cl .. Squared Vs
        0x1F200...0x1F202,  // Square Hiragana Hoka .. Squared Katakana Sa
        0x1F210...0x1F23B,  // Squared CJK Unified Ideograph-624B .. Squared CJK Unified Ideograph-914D
        0x1F240...0x1F248,  // Tortoise Shell Bracketed CJK Unifi .. Tortoise Shell Bracketed CJK Unifi
        0x1F250...0x1F251,  // Circled Ideograph Advantage .. Circled Ideograph Accept
        0x1F260...0x1F265,  // Rounded Symbol For Fu .. Rounded Symbol For Cai
        0x1F300...0x1F320,  // Cyclone .. Shooting Star
        0x1F32D...0x1F335,  // Hot Dog .. Cactus
        0x1F337...0x1F37C,  // Tulip .. Baby Bottle
        0x1F37E...0x1F393,  // Bottle With Popping Cork .. Graduation Cap
        0x1F3A0...0x1F3CA,  // Carousel Horse .. Swimmer
        0x1F3CF...0x1F3D3,  // Cricket Bat And Ball .. Table Tennis Paddle And Ball
        0x1F3E0...0x1F3F0,  // House Building .. European Castle
        0x1F3F4...0x1F3F4,  // Waving Black Flag
        0x1F3F8...0x1F43E,  // Badminton Racquet And Shuttlecock .. Paw Prints
        0x1F440...0x1F440,  // Eyes
        0x1F442...0x1F4FC,  // Ear .. Videocassette
        0x1F4FF...0x1F53D,  // Prayer Beads .. Down-Pointing Small Red Triangle
        0x1F54B...0x1F54E,  // Kaaba .. Menorah With Nine Branches
        0x1F550...0x1F567,  // Clock Face One Oclock .. Clock Face Twelve-Thirty
        0x1F57A...0x1F57A,  // Man Dancing
        0x1F595...0x1F596,  // Reversed Hand With Middle Finger E .. Raised Hand With Part Between Midd
        0x1F5A4...0x1F5A4,  // Black Heart
        0x1F5FB...0x1F64F,  // Mount Fuji .. Person With Folded Hands
        0x1F680...0x1F6C5,  // Rocket .. Left Luggage
        0x1F6CC...0x1F6CC,  // Sleeping Accommodation
        0x1F6D0...0x1F6D2,  // Place Of Worship .. Shopping Trolley
        0x1F6D5...0x1F6D7,  // Hindu Temple .. Elevator
        0x1F6DD...0x1F6DF,  // Playground Slide .. Ring Buoy
        0x1F6EB...0x1F6EC,  // Airplane Departure .. Airplane Arriving
        0x1F6F4...0x1F6FC,  // Scooter .. Roller Skate
        0x1F7E0...0x1F7EB,  // Large Orange Circle .. Large Brown Square
        0x1F7F0...0x1F7F0,  // Heavy Equals Sign
        0x1F90C...0x1F93A,  // Pinched Fingers .. Fencer
        0x1F93C...0x1F945,  // Wrestlers .. Goal Net
        0x1F947...0x1F9FF,  // First Place Medal .. Nazar Amulet
        0x1FA70...0x1FA74,  // Ballet Shoes .. Thong Sandal
        0x1FA78...0x1FA7C,  // Drop Of Blood .. Crutch
        0x1FA80...0x1FA86,  // Yo-Yo .. Nesting Dolls
        0x1FA90...0x1FAAC,  // Ringed Planet .. Hamsa
        0x1FAB0...0x1FABA,  // Fly .. Nest With Eggs
        0x1FAC0...0x1FAC5,  // Anatomical Heart .. Person With Crown
        0x1FAD0...0x1FAD9,  // Blueberries .. Jar
        0x1FAE0...0x1FAE7,  // Melting Face .. Bubbles
        0x1FAF0...0x1FAF6,  // Hand With Index Finger And Thumb C .. Heart Hands
        0x20000...0x2FFFD,  // Plane 2: CJK Unified Ideographs Extensions B..I, Compatibility Supplement
        0x30000...0x3FFFD,  // Plane 3: CJK Unified Ideographs Extensions G, H
    ]

    /// Whether a scalar falls in one of the ranges above.
    static func contains(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}

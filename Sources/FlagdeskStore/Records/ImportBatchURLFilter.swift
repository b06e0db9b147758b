/// The normalised URLs an import has seen, as a Bloom filter of 2^25 bits (4 MiB, whatever the
/// file's size, so memory stays flat) and two bits per URL. "Not seen" is certain — every URL
/// of the batch is added before the next row is asked about — so a row it clears cannot be a
/// duplicate of an earlier row and skips the look-up in the URL index (a search at a random
/// place of a million-entry B-tree for every row). "Maybe seen" is wrong for about 0.3% of new
/// URLs at a million rows (20% at ten million): those are looked up, as every real duplicate is.
struct ImportURLFilter {
    static let bitCount = 1 << 25
    private var words: [UInt64]

    init() {
        words = [UInt64](repeating: 0, count: Self.bitCount / 64)
    }

    /// Adds `url`; true when it may have been added before.
    mutating func insert(_ url: String) -> Bool {
        let hash = Self.hash(url)
        let mask = UInt64(Self.bitCount - 1)
        let first = Int(hash & mask)
        let second = Int((hash >> 32) & mask)
        let seen = isSet(first) && isSet(second)
        set(first)
        set(second)
        return seen
    }

    private func isSet(_ bit: Int) -> Bool { words[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
    private mutating func set(_ bit: Int) { words[bit >> 6] |= 1 << UInt64(bit & 63) }

    /// FNV-1a over the UTF-8 bytes, mixed by SplitMix64's finaliser (its two halves serve as
    /// two independent bit positions). Fixed, so a run is repeatable.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash = (hash ^ (hash >> 30)) &* 0xbf58_476d_1ce4_e5b9
        hash = (hash ^ (hash >> 27)) &* 0x94d0_49bb_1331_11eb
        return hash ^ (hash >> 31)
    }
}

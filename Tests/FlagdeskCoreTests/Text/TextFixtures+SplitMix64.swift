/// Test fixtures of the Text and URL suites, in a namespace so that other suites of the same
/// test target may define their own generators without a clash.
enum TextFixtures {}

extension TextFixtures {
    /// A small seeded generator (Steele, Lea, Flood 2014) so that property tests are
    /// reproducible: a failing seed fails the same way on every machine.
    struct SplitMix64: RandomNumberGenerator {
        private var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}

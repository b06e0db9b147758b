/// Test fixtures of the Text and URL suites, in their own namespace. Seeded randomness comes
/// from `SeededGenerator` (FlagdeskCore), so a failing seed fails the same way on every machine.
enum TextFixtures {}

/// The bytes libFuzzer hands a target, with small helpers to take structure from them (a chunk
/// size, a choice, a piece of text), so one input drives several decisions.
public struct FuzzInput {
    public private(set) var bytes: ArraySlice<UInt8>

    public init(_ data: UnsafePointer<UInt8>?, _ count: Int) {
        bytes = ArraySlice(UnsafeBufferPointer(start: data, count: data == nil ? 0 : count))
    }

    /// One byte (0 when the input is used up).
    public mutating func byte() -> UInt8 {
        guard let first = bytes.first else { return 0 }
        bytes = bytes.dropFirst()
        return first
    }

    /// Up to `separator` (excluded), or everything left.
    public mutating func piece(until separator: UInt8 = 0) -> [UInt8] {
        guard let end = bytes.firstIndex(of: separator) else {
            defer { bytes = [] }
            return Array(bytes)
        }
        defer { bytes = bytes[(end + 1)...] }
        return Array(bytes[..<end])
    }

    public var rest: [UInt8] { Array(bytes) }
}

/// Fails the run with a message libFuzzer prints with the crashing input: a broken property is a
/// finding just like a crash.
public func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("property broken: \(message())") }
}

/// Splits `bytes` into chunks of `size` (at least 1): the importers read files 1 MiB at a time,
/// so a record may be cut anywhere, inside a quoted field or a multi-byte character.
public func chunks(_ bytes: [UInt8], size: Int) -> [ArraySlice<UInt8>] {
    let size = max(1, size)
    return stride(from: 0, to: bytes.count, by: size).map { bytes[$0..<min($0 + size, bytes.count)] }
}

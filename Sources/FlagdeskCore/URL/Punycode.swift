/// Punycode (RFC 3492): a Unicode label written with the letters, digits and hyphen that DNS
/// allows. Only the encoder is here: Flagdesk turns internationalised host names into their
/// ASCII form to compare and store them; it never needs to go back.
public enum Punycode {
    // Bootstring parameters for Punycode (RFC 3492 §5).
    private static let base = 36
    private static let tMin = 1
    private static let tMax = 26
    private static let skew = 38
    private static let damp = 700
    private static let initialBias = 72
    private static let initialN = 128
    /// RFC 3492 §6.4: the arithmetic must not pass the largest 32-bit value the decoder can hold.
    private static let maxInt = Int(UInt32.max)

    /// The Punycode of a label, without the `xn--` prefix: basic (ASCII) code points first, in
    /// their original case, then `-` if there were any, then the encoded insertions in lower
    /// case. `nil` only on arithmetic overflow (a label of many thousands of code points).
    public static func encode(_ label: String) -> String? {
        encode(Array(label.unicodeScalars.map { Int($0.value) }))
    }

    /// RFC 3492 §6.3, over code points.
    static func encode(_ input: [Int]) -> String? {
        var output = input.filter { $0 < 0x80 }.map { Character(Unicode.Scalar(UInt8($0))) }
        let basicCount = output.count
        var handled = basicCount
        if basicCount > 0 { output.append("-") }

        var n = initialN
        var delta = 0
        var bias = initialBias
        while handled < input.count {
            // The smallest code point not yet handled; every code point below it is in place.
            guard let m = input.lazy.filter({ $0 >= n }).min() else { return nil }
            guard m - n <= (maxInt - delta) / (handled + 1) else { return nil }
            delta += (m - n) * (handled + 1)
            n = m
            for codePoint in input {
                if codePoint < n {
                    delta += 1
                    guard delta <= maxInt else { return nil }
                }
                guard codePoint == n else { continue }
                var q = delta
                var k = base
                while true {
                    let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                    if q < t { break }
                    output.append(digit(t + (q - t) % (base - t)))
                    q = (q - t) / (base - t)
                    k += base
                }
                output.append(digit(q))
                bias = adapt(delta: delta, numPoints: handled + 1, firstTime: handled == basicCount)
                delta = 0
                handled += 1
            }
            delta += 1
            n += 1
        }
        return String(output)
    }

    /// RFC 3492 §6.1.
    private static func adapt(delta: Int, numPoints: Int, firstTime: Bool) -> Int {
        var delta = firstTime ? delta / damp : delta / 2
        delta += delta / numPoints
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }

    /// 0-25 are `a`-`z`, 26-35 are `0`-`9`.
    private static func digit(_ value: Int) -> Character {
        let ascii = value < 26 ? 0x61 + value : 0x30 + value - 26
        return Character(Unicode.Scalar(UInt8(ascii)))
    }
}

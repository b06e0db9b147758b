import Foundation

/// One benchmark: a name for the command line, a line of help, and the run itself.
protocol Bench: Sendable {
    var name: String { get }
    var summary: String { get }
    func run(_ arguments: BenchArguments) throws
}

/// Every bench, in the order `flagdesk-bench` lists them.
enum BenchRegistry {
    static let all: [any Bench] = [
        DeadlineBench(),
        TUIBench(),
        DeskBench(),
        SuiteBench(),
        MailBench(),
        VerifyBench(),
    ]

    static var usage: String {
        "usage: flagdesk-bench NAME [options]   (build with -c release for meaningful numbers)\n"
            + all.map { "  \($0.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \($0.summary)" }
            .joined(separator: "\n")
    }
}

/// Options after the bench name, as `--key value` pairs.
struct BenchArguments {
    struct Invalid: Error, CustomStringConvertible {
        let description: String
    }

    private var values: [String: String] = [:]

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        while let key = rest.popFirst() {
            guard key.hasPrefix("--"), let value = rest.popFirst() else {
                throw Invalid(description: "expected --option value, got '\(BenchArguments.printable(key))'")
            }
            values[String(key.dropFirst(2))] = value
        }
    }

    /// A positive integer option; underscores and commas are allowed as digit separators.
    func count(_ key: String, default fallback: Int) throws -> Int {
        guard let text = values[key] else { return fallback }
        let digits = text.filter { $0 != "_" && $0 != "," }
        guard let value = Int(digits), value > 0 else {
            throw Invalid(description: "--\(key) must be a positive integer, got '\(BenchArguments.printable(text))'")
        }
        return value
    }

    /// A text option, nil when absent.
    func text(_ key: String) -> String? {
        values[key]
    }

    /// Names the options this bench does not know, so a typo is not silently ignored.
    func rejectUnknown(except known: Set<String>) throws {
        if let unknown = values.keys.sorted().first(where: { !known.contains($0) }) {
            throw Invalid(description: "unknown option --\(BenchArguments.printable(unknown))")
        }
    }

    /// Command-line text echoed back: printable ASCII only.
    static func printable(_ text: String) -> String {
        String(text.unicodeScalars.prefix(60).map { (0x20...0x7E).contains($0.value) ? Character($0) : "?" })
    }
}

/// Wall time of a closure on the monotonic clock, in seconds.
func measureSeconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// `1234567` -> `1,234,567`.
func grouped(_ value: Int) -> String {
    let digits = String(value)
    var result = ""
    for (index, character) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
        result.append(character)
    }
    return result
}

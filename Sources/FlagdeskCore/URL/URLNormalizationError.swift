/// Why a URL was refused at intake. `description` is a sentence for the flagger; any part of
/// the input it quotes has been passed through `TerminalSanitizer.sanitizeURL` and shortened.
public enum URLNormalizationError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    /// Longer than `URLNormalizer.maximumLength` bytes of UTF-8.
    case tooLong(bytes: Int)
    /// Within the limit as given, beyond it once percent-encoded (each non-ASCII byte takes
    /// three): the stored form must itself be a URL the normaliser accepts.
    case tooLongEncoded(bytes: Int)
    /// A C0 or C1 control character, or DEL, anywhere in the URL.
    case controlCharacter(Unicode.Scalar)
    /// A bidirectional control (U+202E RIGHT-TO-LEFT OVERRIDE and the like) anywhere in the URL.
    case bidiControl(Unicode.Scalar)
    /// No `scheme:` in front (`example.com/page`).
    case missingScheme
    /// A scheme other than http and https; holds the scheme in lower case.
    case unsupportedScheme(String)
    /// Nothing between `//` and the path.
    case missingHost
    /// A user name or password before `@` in the authority.
    case credentials
    /// A port that is not a number from 0 to 65535; holds the sanitised text.
    case invalidPort(String)
    /// A host that is neither a valid domain name nor an IP address; holds the reason.
    case invalidHost(String)

    public var description: String {
        switch self {
        case .empty:
            return "The URL is empty."
        case .tooLong(let bytes):
            return "The URL is \(bytes) bytes long; the limit is \(URLNormalizer.maximumLength) (8 KiB)."
        case .tooLongEncoded(let bytes):
            return
                "Percent-encoded, the URL is \(bytes) bytes long; the limit is \(URLNormalizer.maximumLength) (8 KiB)."
        case .controlCharacter(let scalar):
            return "The URL contains the control character \(TerminalSanitizer.marker(for: scalar)); "
                + "a real URL never does, and it could attack the terminal it is shown in."
        case .bidiControl(let scalar):
            return "The URL contains the bidirectional control \(TerminalSanitizer.marker(for: scalar)), "
                + "which makes it read differently from where it leads."
        case .missingScheme:
            return "The URL has no scheme; write it in full, starting with https:// or http://."
        case .unsupportedScheme(let scheme):
            return Self.reason(refusing: scheme)
        case .missingHost:
            return "The URL has no host name."
        case .credentials:
            return "The URL contains a user name or password before '@'. That part can disguise the real "
                + "host (https://bank.example@evil.example leads to evil.example), so it is refused; "
                + "remove everything between '//' and '@'."
        case .invalidPort(let port):
            return "The port '\(port)' is not a number from 0 to 65535."
        case .invalidHost(let reason):
            return "The host is not valid: \(reason)."
        }
    }

    private static func reason(refusing scheme: String) -> String {
        switch scheme {
        case "javascript", "vbscript":
            return "\(scheme): URLs run code in the browser instead of pointing to content; "
                + "only http and https URLs are accepted."
        case "data":
            return "data: URLs carry their content inline and have no host to send a notice to; "
                + "save the content as evidence instead. Only http and https URLs are accepted."
        case "file":
            return "file: URLs point to a file on a computer, not to content online; "
                + "only http and https URLs are accepted."
        default:
            return "Only http and https URLs are accepted, not \(quoted(scheme)):."
        }
    }

    /// Input text quoted in a message: made visible and kept short.
    static func quoted(_ text: some StringProtocol) -> String {
        DisplayWidth.truncate(TerminalSanitizer.sanitizeURL(String(text)), toWidth: 60)
    }
}

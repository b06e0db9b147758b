import Foundation

/// The wishes the engine enforces (issue #15 point 1): each one binds the documents it speaks
/// of, and a refusal names it. What a person asks beyond these stays free text (`Person.wishes`).
public enum WishKind: String, CaseIterable, Codable, Sendable {
    /// No LEA referral or preservation request (both go to law enforcement); the support pathway
    /// is proposed instead. A coordinator may override it for a threat to life, with a reason.
    case noPolice = "no-police"
    /// No takedown (notice, TAKE IT DOWN request) approved or sent before an LEA referral is sent.
    case noTakedownBeforePolice = "no-takedown-before-police"
    /// No GDPR Art. 17 erasure request on the person's behalf.
    case noErasureRequest = "no-erasure-request"
    /// No document carries a telephone number or a postal address to reach the person.
    case noPhoneOrAddress = "no-phone-or-address"
    /// The support pathway reaches the person only through this support worker (value: a name).
    case contactOnlyThrough = "contact-only-through"
    /// No document to this recipient (value: a directory key) carries identity fields.
    case identityNotTo = "identity-not-to"

    /// How a refusal names the wish.
    public var label: String {
        switch self {
        case .noPolice: return "no police involvement"
        case .noTakedownBeforePolice: return "no takedown before law enforcement is informed"
        case .noErasureRequest: return "no erasure request"
        case .noPhoneOrAddress: return "no contact by telephone or at an address"
        case .contactOnlyThrough: return "contact only through a named support worker"
        case .identityNotTo: return "identity not disclosed to a named recipient"
        }
    }

    /// The two wishes that name someone: the support worker, the recipient.
    public var needsValue: Bool { self == .contactOnlyThrough || self == .identityNotTo }
}

/// One enforced wish on record: what, for whom or about whom, who recorded it and when.
public struct PersonWish: Sendable, Equatable, Codable {
    public var kind: WishKind
    /// The support worker's name (`contact-only-through`) or the recipient's directory key
    /// (`identity-not-to`); nil for the others.
    public var value: String?
    public var recordedBy: String
    public var recordedAt: Date

    public init(kind: WishKind, value: String? = nil, recordedBy: String, recordedAt: Date) {
        self.kind = kind
        self.value = value
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    /// "no-police", "identity-not-to=be-police": how the CLI takes it and the trail records it.
    public var token: String { value.map { "\(kind.rawValue)=\($0)" } ?? kind.rawValue }

    /// "identity not disclosed to a named recipient (be-police)".
    public var description: String { value.map { "\(kind.label) (\($0))" } ?? kind.label }

    /// Parses `KIND` or `KIND=VALUE`; nil kind or a missing or needless value is a message.
    public static func parse(_ text: String) -> Result<(WishKind, String?), WishParseError> {
        let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = parts.first, let kind = WishKind(rawValue: first.lowercased()) else {
            return .failure(
                WishParseError(
                    message: "'\(text)' is not one of " + WishKind.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        let value = parts.count > 1 ? parts[1] : nil
        if kind.needsValue {
            guard let value, !value.isEmpty, !value.contains(where: \.isNewline) else {
                return .failure(
                    WishParseError(
                        message: "\(kind.rawValue) names "
                            + (kind == .identityNotTo
                                ? "the recipient's directory key: \(kind.rawValue)=KEY"
                                : "the support worker: \(kind.rawValue)=NAME")))
            }
            return .success((kind, value))
        }
        guard value == nil else { return .failure(WishParseError(message: "\(kind.rawValue) takes no value")) }
        return .success((kind, nil))
    }
}

public struct WishParseError: Error, Sendable, Equatable {
    public var message: String
}

/// A coordinator's explicit decision that the police are informed about an item despite the
/// person's "no police" wish, because a threat to life may justify it (never a default).
public struct WishOverride: Sendable, Equatable, Codable {
    public var itemID: Int64
    public var personID: Int64
    public var kind: WishKind
    public var reason: String
    public var decidedBy: String
    public var decidedAt: Date

    public init(itemID: Int64, personID: Int64, kind: WishKind, reason: String, decidedBy: String, decidedAt: Date) {
        self.itemID = itemID
        self.personID = personID
        self.kind = kind
        self.reason = reason
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
    }
}

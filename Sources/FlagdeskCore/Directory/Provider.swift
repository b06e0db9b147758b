import Foundation

/// A hosting service provider in the directory: who receives DSA Art. 16 notices, GDPR erasure
/// requests and e-evidence preservation orders for the hosts it serves.
public struct Provider: Sendable, Equatable, Codable {
    /// Stable slug (`tiktok`, `meta-instagram`), the key config entries override by.
    public var key: String
    public var name: String
    /// The legal entity that provides the service in the Union (`TikTok Technology Limited`).
    public var legalEntity: String?
    /// ISO 3166-1 alpha-2 country of establishment for EU purposes (the main establishment, or
    /// the legal representative's country for a provider established outside the Union).
    public var country: String?
    /// Host names served; a host also covers its subdomains (`example.com` covers `m.example.com`).
    public var hosts: [String]
    /// Where Art. 16 notices go; nil when not known.
    public var noticeChannel: NoticeChannel?
    /// The legal representative in the Union (DSA Art. 13) of a provider established outside it.
    public var euLegalRepresentative: Addressee?
    /// The addressee of e-evidence orders: the designated establishment or the legal
    /// representative under Directive (EU) 2023/1544.
    public var eevidenceAddressee: EEvidenceAddressee?
    /// ISO 639-1 languages accepted for notices, preferred first.
    public var languages: [String]
    /// DSA Art. 22 priority binds online platforms only; a plain hosting service (cloud, CDN)
    /// owes Art. 16 handling but no trusted-flagger priority.
    public var isOnlinePlatform: Bool
    /// Micro and small enterprises are exempt from DSA Section 3, Art. 22 included (Art. 19).
    public var smallOrMicro: Bool
    /// An online search engine (DSA Art. 3(j)): it indexes content others host, so it takes no
    /// Art. 16 notice (that mechanism binds hosting services) and owes no Art. 22 priority.
    public var isSearchEngine: Bool
    /// Designated very large online platform or search engine (DSA Art. 33): Section 5 duties.
    public var isVeryLarge: Bool
    /// Whether someone checked these contact data against `source`.
    public var verified: Bool
    /// Where the contact data come from (text or URL). Required when `verified` is true.
    public var source: String?

    public init(
        key: String, name: String, legalEntity: String? = nil, country: String? = nil, hosts: [String] = [],
        noticeChannel: NoticeChannel? = nil, euLegalRepresentative: Addressee? = nil,
        eevidenceAddressee: EEvidenceAddressee? = nil, languages: [String] = [], isOnlinePlatform: Bool = true,
        smallOrMicro: Bool = false, isSearchEngine: Bool = false, isVeryLarge: Bool = false, verified: Bool = false,
        source: String? = nil
    ) {
        self.key = key
        self.name = name
        self.legalEntity = legalEntity
        self.country = country
        self.hosts = hosts.map(HostName.normalized)
        self.noticeChannel = noticeChannel
        self.euLegalRepresentative = euLegalRepresentative
        self.eevidenceAddressee = eevidenceAddressee
        self.languages = languages
        self.isOnlinePlatform = isOnlinePlatform
        self.smallOrMicro = smallOrMicro
        self.isSearchEngine = isSearchEngine
        self.isVeryLarge = isVeryLarge
        self.verified = verified
        self.source = source
    }

    /// Entries stored before a field existed decode with its default.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            key: try c.decode(String.self, forKey: .key), name: try c.decode(String.self, forKey: .name),
            legalEntity: try c.value(.legalEntity, or: nil), country: try c.value(.country, or: nil),
            hosts: try c.value(.hosts, or: []), noticeChannel: try c.value(.noticeChannel, or: nil),
            euLegalRepresentative: try c.value(.euLegalRepresentative, or: nil),
            eevidenceAddressee: try c.value(.eevidenceAddressee, or: nil), languages: try c.value(.languages, or: []),
            isOnlinePlatform: try c.value(.isOnlinePlatform, or: true),
            smallOrMicro: try c.value(.smallOrMicro, or: false),
            isSearchEngine: try c.value(.isSearchEngine, or: false), isVeryLarge: try c.value(.isVeryLarge, or: false),
            verified: try c.value(.verified, or: false), source: try c.value(.source, or: nil))
    }

    /// Whether a trusted flagger's notice to this provider is owed priority: DSA Art. 22(1) binds
    /// online platforms, and Art. 19 exempts micro and small ones. (Priority also holds only
    /// inside the flagger's area of expertise; that is the caller's check.)
    public var owesTrustedFlaggerPriority: Bool { isOnlinePlatform && !smallOrMicro && !isSearchEngine }

    /// The service class, as letters and lists name it.
    public var serviceClass: String {
        if isSearchEngine { return isVeryLarge ? "very large online search engine" : "online search engine" }
        if isOnlinePlatform { return isVeryLarge ? "very large online platform" : "online platform" }
        return "hosting service"
    }

    /// The preferred language for notices, if any is known.
    public var preferredLanguage: String? { languages.first }
}

/// How a provider receives notices: DSA Art. 16(1) requires an electronic mechanism, in practice
/// a web form or an e-mail address.
public enum NoticeChannel: Sendable, Equatable, Codable, CustomStringConvertible {
    case webForm(url: String)
    case email(address: String)

    /// Reads `https://...` as a web form and `name@host` or `mailto:name@host` as an e-mail
    /// address; nil for anything else.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") {
            guard WebAddress.isPlausibleURL(trimmed) else { return nil }
            self = .webForm(url: trimmed)
        } else {
            let address = lower.hasPrefix("mailto:") ? String(trimmed.dropFirst(7)) : trimmed
            guard WebAddress.isPlausibleEmail(address) else { return nil }
            self = .email(address: address)
        }
    }

    public var description: String {
        switch self {
        case .webForm(let url): return url
        case .email(let address): return address
        }
    }
}

/// A named addressee with a postal address and/or e-mail (legal representative, designated
/// establishment).
public struct Addressee: Sendable, Equatable, Codable {
    public var name: String
    public var address: String?
    public var email: String?

    public init(name: String, address: String? = nil, email: String? = nil) {
        self.name = name
        self.address = address
        self.email = email
    }
}

/// The addressee of European Production and Preservation Orders (Regulation (EU) 2023/1543,
/// Directive (EU) 2023/1544 Arts. 3-4): a designated establishment or a legal representative.
public struct EEvidenceAddressee: Sendable, Equatable, Codable {
    public enum Role: String, Sendable, Equatable, Codable, CaseIterable {
        case designatedEstablishment = "designated-establishment"
        case legalRepresentative = "legal-representative"
    }

    public var role: Role
    public var addressee: Addressee

    public init(role: Role, addressee: Addressee) {
        self.role = role
        self.addressee = addressee
    }
}

/// The directory of providers and authorities, with the look-ups the workflow needs. Pure value:
/// built once (starter entries merged with the organisation's own), then only read.
public struct Directory: Sendable, Equatable {
    /// Providers in directory order; keys are unique.
    public let providers: [Provider]
    /// Authorities in directory order; keys are unique.
    public let authorities: [Authority]

    private let providerByKey: [String: Int]
    private let providerByHost: [String: Int]
    private let authorityByKey: [String: Int]

    /// Builds a directory. When two entries share a key, or two providers claim the same host,
    /// the later entry wins: that is how merged config entries take precedence.
    public init(providers: [Provider] = [], authorities: [Authority] = []) {
        let uniqueProviders = Directory.keepingLast(providers, key: \.key)
        let uniqueAuthorities = Directory.keepingLast(authorities, key: \.key)
        self.providers = uniqueProviders
        self.authorities = uniqueAuthorities
        var byKey: [String: Int] = [:]
        var byHost: [String: Int] = [:]
        for (index, provider) in uniqueProviders.enumerated() {
            byKey[provider.key] = index
            for host in provider.hosts { byHost[HostName.normalized(host)] = index }
        }
        providerByKey = byKey
        providerByHost = byHost
        authorityByKey = Dictionary(uniqueAuthorities.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { $1 })
    }

    public func provider(key: String) -> Provider? {
        providerByKey[key].map { providers[$0] }
    }

    /// The provider serving `host`: the entry with the longest matching host suffix, matched at
    /// label boundaries (`m.example.com` belongs to `example.com`; `example.com.evil.tld` does
    /// not). Hosts arrive ASCII (punycode); case and a trailing dot are ignored.
    public func provider(forHost host: String) -> Provider? {
        for suffix in HostName.suffixes(of: host) {
            if let index = providerByHost[String(suffix)] { return providers[index] }
        }
        return nil
    }

    public func authority(key: String) -> Authority? {
        authorityByKey[key].map { authorities[$0] }
    }

    /// Authorities of a kind, optionally in one country (ISO 3166-1 alpha-2, `EL`/`UK` accepted),
    /// in directory order.
    public func authorities(kind: AuthorityKind, country: String? = nil) -> [Authority] {
        let wanted = country.map { ISOCodes.country($0) ?? $0.uppercased() }
        return authorities.filter { $0.kind == kind && (wanted == nil || $0.country == wanted) }
    }

    /// The police recipient of an organisation's referral for a Member State: the first LEA the
    /// organisation listed for that country, else the starter directory's first, else nil (the
    /// draft then asks for one). Never Europol: the DSA Art. 18(2) fallback binds providers, and
    /// Europol takes no reports from the public (Reg. (EU) 2016/794 Art. 26).
    public func lea(for country: String?) -> Authority? {
        guard let country else { return nil }
        let listed = authorities(kind: .lea, country: country)
        return listed.first { $0.source != StarterDirectory.source } ?? listed.first
    }

    /// This directory with `overrides` laid over it: an override replaces the entry with the same
    /// key entirely; new entries are added. Overrides come last, so they also win host conflicts.
    public func merging(_ overrides: Directory) -> Directory {
        merging(providers: overrides.providers, authorities: overrides.authorities)
    }

    public func merging(providers extraProviders: [Provider], authorities extraAuthorities: [Authority]) -> Directory {
        let replacedProviders = Set(extraProviders.map(\.key))
        let replacedAuthorities = Set(extraAuthorities.map(\.key))
        return Directory(
            providers: providers.filter { !replacedProviders.contains($0.key) } + extraProviders,
            authorities: authorities.filter { !replacedAuthorities.contains($0.key) } + extraAuthorities)
    }

    /// Keeps the last entry for each key, at the position of that last entry.
    private static func keepingLast<T>(_ entries: [T], key: (T) -> String) -> [T] {
        var lastIndex: [String: Int] = [:]
        for (index, entry) in entries.enumerated() { lastIndex[key(entry)] = index }
        return entries.enumerated().filter { lastIndex[key($1)] == $0 }.map(\.element)
    }
}

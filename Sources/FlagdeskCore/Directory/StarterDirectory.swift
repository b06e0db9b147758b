/// The directory Flagdesk ships with: well-known services and a few authorities, so that a fresh
/// install can match hosts to providers. Every entry is `verified = false`: the legal entities
/// and countries are general public knowledge, not checked against a register for this list,
/// and the notice channels are the services' public help or report pages. An organisation
/// confirms an entry by restating it in config with `verified = true` and a `source`.
extension Directory {
    public static let starter = Directory(
        providers: StarterDirectory.providers, authorities: StarterDirectory.authorities)
}

enum StarterDirectory {
    static let source = "Flagdesk starter directory: public knowledge, not verified; check before relying on it"

    static func platform(
        _ key: String, _ name: String, entity: String?, country: String?, hosts: [String], channel: String? = nil
    ) -> Provider {
        Provider(
            key: key, name: name, legalEntity: entity, country: country, hosts: hosts,
            noticeChannel: channel.flatMap(NoticeChannel.init(parsing:)), languages: ["en"], isOnlinePlatform: true,
            smallOrMicro: false, verified: false, source: source)
    }

    static func hostingService(
        _ key: String, _ name: String, entity: String?, country: String?, hosts: [String], channel: String? = nil
    ) -> Provider {
        var provider = platform(key, name, entity: entity, country: country, hosts: hosts, channel: channel)
        provider.isOnlinePlatform = false
        return provider
    }

    static func searchEngine(
        _ key: String, _ name: String, entity: String?, country: String?, hosts: [String]
    ) -> Provider {
        var provider = hostingService(key, name, entity: entity, country: country, hosts: hosts)
        provider.isSearchEngine = true
        return provider
    }

    /// Services the Commission designated very large (DSA Art. 33; its public list of
    /// designations), among those listed here.
    static let designatedVeryLarge: Set<String> = [
        "meta-facebook", "meta-instagram", "google-youtube", "tiktok", "x", "aylo-pornhub", "pinterest", "linkedin",
        "microsoft-bing",
    ]

    static let providers: [Provider] = listedProviders.map { listed in
        var provider = listed
        provider.isVeryLarge = designatedVeryLarge.contains(listed.key)
        return provider
    }

    private static let listedProviders: [Provider] = [
        platform(
            "meta-facebook", "Facebook", entity: "Meta Platforms Ireland Limited", country: "IE",
            hosts: ["facebook.com", "fb.com", "fb.watch", "messenger.com"]),
        platform(
            "meta-instagram", "Instagram", entity: "Meta Platforms Ireland Limited", country: "IE",
            hosts: ["instagram.com", "instagr.am"]),
        platform(
            "meta-threads", "Threads", entity: "Meta Platforms Ireland Limited", country: "IE",
            hosts: ["threads.net", "threads.com"]),
        platform(
            "google-youtube", "YouTube", entity: "Google Ireland Limited", country: "IE",
            hosts: ["youtube.com", "youtu.be"]),
        platform(
            "google-blogger", "Blogger", entity: "Google Ireland Limited", country: "IE",
            hosts: ["blogger.com", "blogspot.com"]),
        // Drive and Docs store files for their users: hosting, but not dissemination to the public
        // by default, so not treated as an online platform here.
        hostingService(
            "google-drive", "Google Drive", entity: "Google Ireland Limited", country: "IE",
            hosts: ["drive.google.com", "docs.google.com"]),
        platform(
            "tiktok", "TikTok", entity: "TikTok Technology Limited", country: "IE", hosts: ["tiktok.com"]),
        platform(
            "x", "X", entity: "Twitter International Unlimited Company", country: "IE",
            hosts: ["x.com", "twitter.com", "t.co"], channel: "https://help.x.com/forms"),
        platform("snapchat", "Snapchat", entity: "Snap B.V.", country: "NL", hosts: ["snapchat.com"]),
        platform(
            "reddit", "Reddit", entity: nil, country: nil, hosts: ["reddit.com", "redd.it"],
            channel: "https://www.reddit.com/report"),
        platform(
            "telegram", "Telegram", entity: nil, country: nil, hosts: ["telegram.org", "t.me", "telegram.me"],
            channel: "abuse@telegram.org"),
        platform(
            "onlyfans", "OnlyFans", entity: "Fenix International Limited", country: "GB", hosts: ["onlyfans.com"]),
        platform(
            "aylo-pornhub", "Pornhub", entity: "Aylo Freesites Ltd", country: "CY", hosts: ["pornhub.com"],
            channel: "https://www.pornhub.com/content-removal"),
        platform(
            "discord", "Discord", entity: nil, country: nil, hosts: ["discord.com", "discord.gg", "discordapp.com"],
            channel: "https://dis.gd/request"),
        platform("vinted", "Vinted", entity: "Vinted UAB", country: "LT", hosts: ["vinted.com"]),
        platform(
            "pinterest", "Pinterest", entity: "Pinterest Europe Limited", country: "IE",
            hosts: ["pinterest.com", "pin.it"]),
        platform("twitch", "Twitch", entity: nil, country: nil, hosts: ["twitch.tv"]),
        platform(
            "linkedin", "LinkedIn", entity: "LinkedIn Ireland Unlimited Company", country: "IE",
            hosts: ["linkedin.com", "lnkd.in"]),
        // A search engine indexes other sites' content and hosts none of it: no Art. 16 notice
        // goes to it (Art. 3(j)); designated a very large online search engine (Art. 33).
        searchEngine(
            "microsoft-bing", "Microsoft Bing", entity: "Microsoft Ireland Operations Limited", country: "IE",
            hosts: ["bing.com"]),
        // A CDN and proxy: for sites behind it, the origin's host holds the content (its abuse form
        // forwards reports there); pages.dev and workers.dev it hosts itself. Either way it is no
        // online platform, so Art. 22 priority does not apply.
        hostingService(
            "cloudflare", "Cloudflare", entity: "Cloudflare, Inc.", country: "US",
            hosts: ["cloudflare.com", "pages.dev", "workers.dev"], channel: "https://abuse.cloudflare.com/"),
    ]

    static let authorities: [Authority] = [
        Authority(
            key: "europol", kind: .europol, name: "Europol", country: nil,
            contact: AuthorityContact(url: "https://www.europol.europa.eu/"), verified: false, source: source),
        Authority(
            key: "ie-cnam", kind: .dsc, name: "Coimisiún na Meán", country: "IE",
            contact: AuthorityContact(url: "https://www.cnam.ie/"), verified: false, source: source),
        Authority(
            key: "fr-arcom", kind: .dsc, name: "Arcom", country: "FR",
            contact: AuthorityContact(url: "https://www.arcom.fr/"), verified: false, source: source),
        Authority(
            key: "de-bnetza", kind: .dsc, name: "Bundesnetzagentur", country: "DE",
            contact: AuthorityContact(url: "https://www.bundesnetzagentur.de/"), verified: false, source: source),
        Authority(
            key: "be-bipt", kind: .dsc, name: "BIPT", country: "BE",
            contact: AuthorityContact(url: "https://www.bipt.be/"), verified: false, source: source),
        Authority(
            key: "ie-dpc", kind: .dpa, name: "Data Protection Commission", country: "IE",
            contact: AuthorityContact(url: "https://www.dataprotection.ie/"), verified: false, source: source),
        Authority(
            key: "fr-cnil", kind: .dpa, name: "CNIL", country: "FR",
            contact: AuthorityContact(url: "https://www.cnil.fr/"), verified: false, source: source),
        // The BKA is Germany's central office for DSA Art. 18 notifications (bka.de FAQ, see
        // shared/legal/REFERENCE.md §1.3); contact details still unverified.
        Authority(
            key: "de-bka", kind: .lea, name: "Bundeskriminalamt", country: "DE",
            contact: AuthorityContact(url: "https://www.bka.de/"), verified: false, source: source),
        // Belgium's federal police (its Federal Computer Crime Unit takes online offences): the
        // referral's recipient for Belgian cases, which Europol cannot be (it takes no reports
        // from the public, Reg. (EU) 2016/794 Art. 26). Web address only, unverified.
        Authority(
            key: "be-federal-police", kind: .lea, name: "Police fédérale / Federale Politie", country: "BE",
            contact: AuthorityContact(url: "https://www.police.be/"), verified: false, source: source),
        // The support pathway (Dir. 2011/36/EU Art. 11): two of Belgium's three centres recognised
        // for victims of trafficking (entry points of its referral mechanism; the third, Sürya,
        // is left for the organisation to add with an address it has checked); KOK networks
        // Germany's specialised counselling centres. Web addresses only, all unverified: an
        // organisation adds its own contact person in config.
        Authority(
            key: "be-payoke", kind: .nrm, name: "Payoke (recognised centre for victims of trafficking)", country: "BE",
            contact: AuthorityContact(url: "https://www.payoke.be/"), verified: false, source: source),
        Authority(
            key: "be-pag-asa", kind: .nrm, name: "PAG-ASA (recognised centre for victims of trafficking)",
            country: "BE", contact: AuthorityContact(url: "https://www.pag-asa.be/"), verified: false, source: source),
        Authority(
            key: "de-kok", kind: .supportService,
            name: "KOK – network of specialised counselling centres against trafficking", country: "DE",
            contact: AuthorityContact(url: "https://www.kok-gegen-menschenhandel.de/"), verified: false,
            source: source),
    ]
}

import FlagdeskCore
import Foundation

/// What a team desk records about its organisation (migration `v20-organisation`): the
/// configuration's `[organisation]` and `[network] authorised_to_hold_csam`, the facts a letter
/// claims and a capture relies on. A flagger's own configuration can claim none of them.
public struct OrganisationProfile: Sendable, Equatable {
    public var organisation: FlagdeskConfig.Organisation
    /// Dir. 2011/93/EU Art. 5: possessing child sexual abuse material is an offence unless the law
    /// authorises the organisation (some national hotlines).
    public var authorisedToHoldCSAM: Bool

    public init(organisation: FlagdeskConfig.Organisation, authorisedToHoldCSAM: Bool) {
        self.organisation = organisation
        self.authorisedToHoldCSAM = authorisedToHoldCSAM
    }

    public init(of config: FlagdeskConfig) {
        self.init(organisation: config.organisation, authorisedToHoldCSAM: config.network.authorisedToHoldCSAM)
    }

    /// Nothing written: no `[organisation]` and no claim to hold CSAM.
    public var isEmpty: Bool { organisation == FlagdeskConfig.Organisation() && !authorisedToHoldCSAM }

    /// The configuration with this profile in place of its own.
    func applied(to config: FlagdeskConfig) -> FlagdeskConfig {
        var config = config
        config.organisation = organisation
        config.network.authorisedToHoldCSAM = authorisedToHoldCSAM
        return config
    }

    /// Each configuration key whose value differs, by its name in the configuration file, with
    /// both values as written there ("(none)" when absent).
    public func differences(from other: OrganisationProfile) -> [OrganisationDifference] {
        Self.keys.compactMap { key in
            let mine = key.value(self)
            let theirs = key.value(other)
            return mine == theirs ? nil : OrganisationDifference(key: key.name, desk: mine, other: theirs)
        }
    }

    /// Every key of the profile, as the configuration names it: one table for the comparison,
    /// the audit event and `organisation show`.
    static let keys: [ProfileKey] = [
        ProfileKey("[organisation] name") { $0.organisation.name },
        ProfileKey("[organisation] legal_form") { $0.organisation.legalForm },
        ProfileKey("[organisation] country") { $0.organisation.country },
        ProfileKey("[organisation] postal_address") { $0.organisation.postalAddress },
        ProfileKey("[organisation] email") { $0.organisation.email },
        ProfileKey("[organisation] phone") { $0.organisation.phone },
        ProfileKey("[organisation] signatory") { $0.organisation.signatory },
        ProfileKey("[organisation] gdpr_article_80_body") { String($0.organisation.gdprArticle80Body) },
        ProfileKey("[organisation.trusted_flagger] awarding_dsc") { $0.organisation.trustedFlagger?.awardingDSC },
        ProfileKey("[organisation.trusted_flagger] awarded_on") {
            $0.organisation.trustedFlagger?.awardedOn?.description
        },
        ProfileKey("[organisation.trusted_flagger] reference") { $0.organisation.trustedFlagger?.reference },
        ProfileKey("[organisation.trusted_flagger] area_of_expertise") {
            $0.organisation.trustedFlagger?.areaOfExpertise
        },
        ProfileKey("[organisation.trusted_flagger] independence_statement") {
            $0.organisation.trustedFlagger?.independenceStatement
        },
        ProfileKey("[organisation.trusted_flagger] suspended_on") {
            $0.organisation.trustedFlagger?.suspendedOn?.description
        },
        ProfileKey("[network] authorised_to_hold_csam") { String($0.authorisedToHoldCSAM) },
    ]

    struct ProfileKey: Sendable {
        let name: String
        let read: @Sendable (OrganisationProfile) -> String?
        init(_ name: String, _ read: @escaping @Sendable (OrganisationProfile) -> String?) {
            self.name = name
            self.read = read
        }
        func value(_ profile: OrganisationProfile) -> String { read(profile) ?? "(none)" }
    }

    /// The key and value of each line `organisation show` prints.
    public var lines: [(key: String, value: String)] { Self.keys.map { ($0.name, $0.value(self)) } }
}

/// One key on which the desk and a configuration disagree.
public struct OrganisationDifference: Sendable, Equatable {
    public let key: String
    public let desk: String
    public let other: String

    var sentence: String { "\(key) is \(quoted(other)) in the configuration but \(quoted(desk)) in the desk" }
    private func quoted(_ value: String) -> String { value == "(none)" ? value : "\"\(value)\"" }
}

/// The profile as the store keeps it: JSON with sorted keys (the store never reads inside it).
enum OrganisationProfileCodec {
    private struct Stored: Codable {
        var name, legalForm, country, postalAddress, email, phone, signatory: String?
        var gdprArticle80Body: Bool
        var trustedFlagger: Status?
        var authorisedToHoldCSAM: Bool
    }

    private struct Status: Codable {
        var awardingDSC: String
        var awardedOn: CivilDate?
        var reference: String?
        var areaOfExpertise: String
        var independenceStatement: String?
        var suspendedOn: CivilDate?
    }

    static func encode(_ profile: OrganisationProfile) -> String {
        let o = profile.organisation
        let stored = Stored(
            name: o.name, legalForm: o.legalForm, country: o.country, postalAddress: o.postalAddress, email: o.email,
            phone: o.phone, signatory: o.signatory, gdprArticle80Body: o.gdprArticle80Body,
            trustedFlagger: o.trustedFlagger.map {
                Status(
                    awardingDSC: $0.awardingDSC, awardedOn: $0.awardedOn, reference: $0.reference,
                    areaOfExpertise: $0.areaOfExpertise, independenceStatement: $0.independenceStatement,
                    suspendedOn: $0.suspendedOn)
            },
            authorisedToHoldCSAM: profile.authorisedToHoldCSAM)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding plain strings, booleans and dates cannot fail.
        return (try? encoder.encode(stored)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func decode(_ text: String) throws(EngineError) -> OrganisationProfile {
        guard let stored = try? JSONDecoder().decode(Stored.self, from: Data(text.utf8)) else {
            throw .store("the desk's recorded organisation cannot be read; run `flagdesk verify`")
        }
        var organisation = FlagdeskConfig.Organisation()
        organisation.name = stored.name
        organisation.legalForm = stored.legalForm
        organisation.country = stored.country
        organisation.postalAddress = stored.postalAddress
        organisation.email = stored.email
        organisation.phone = stored.phone
        organisation.signatory = stored.signatory
        organisation.gdprArticle80Body = stored.gdprArticle80Body
        organisation.trustedFlagger = stored.trustedFlagger.map {
            FlagdeskConfig.TrustedFlaggerStatus(
                awardingDSC: $0.awardingDSC, awardedOn: $0.awardedOn, reference: $0.reference,
                areaOfExpertise: $0.areaOfExpertise, independenceStatement: $0.independenceStatement,
                suspendedOn: $0.suspendedOn)
        }
        return OrganisationProfile(organisation: organisation, authorisedToHoldCSAM: stored.authorisedToHoldCSAM)
    }
}

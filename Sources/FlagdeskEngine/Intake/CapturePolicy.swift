import FlagdeskCore
import Foundation

/// When Flagdesk may go online for an item, and how.
enum CapturePolicy {
    /// Network use is opt-in (config `[network] enabled`): nothing leaves the machine unless the
    /// organisation turned it on.
    static func requireNetwork(_ config: FlagdeskConfig, configPath: String?) throws(EngineError) {
        guard config.network.enabled else {
            throw .refused(
                "network use is off; to allow Flagdesk to fetch flagged URLs set `enabled = true` under [network] in "
                    + (configPath ?? "the configuration (flagdesk init writes one)"))
        }
    }

    /// Keywords that mean sexual material: with a minor involved, the item may be child sexual
    /// abuse material even when not keyworded as such.
    static let sexualMaterialKeywords: Set<DSAKeyword> = [
        .adultSexualMaterial, .nudity, .nonConsensualImageSharing, .nonConsensualImageSharingAgainstWomen,
        .nonConsensualMaterialDeepfake, .nonConsensualMaterialDeepfakeAgainstWomen,
    ]

    /// Flagged as child sexual abuse (Directive 2011/93/EU Arts. 3-7 keywords), or a minor
    /// involved in sexual material.
    static func mayBeChildSexualAbuse(_ item: Item) -> Bool {
        item.keywords.contains(where: \.isChildSexualAbuse)
            || (item.minor == .yes && item.keywords.contains(where: sexualMaterialKeywords.contains))
    }

    /// Holding such material is an offence (Directive 2011/93/EU Art. 5(2)) unless national
    /// law authorises the organisation, as it does some hotlines; the config says which.
    /// Why the bytes of evidence for `item` may not be held, or nil when they may.
    static func holdingRefusal(_ item: Item, _ config: FlagdeskConfig) -> String? {
        guard mayBeChildSexualAbuse(item), !config.network.authorisedToHoldCSAM else { return nil }
        return "bytes refused: the item is flagged as child sexual abuse material, and holding it is an offence "
            + "(Directive 2011/93/EU Art. 5) unless national law authorises the organisation "
            + "([network] authorised_to_hold_csam); only the SHA-256 and metadata are kept"
    }

    static func requireMayHold(_ item: Item, _ config: FlagdeskConfig) throws(EngineError) {
        guard mayBeChildSexualAbuse(item), !config.network.authorisedToHoldCSAM else { return }
        throw .refused(
            "\(item.reference) is flagged as child sexual abuse material: capturing it would mean holding it, "
                + "an offence (Directive 2011/93/EU Art. 5) unless national law authorises your organisation. "
                + "Report it to your national hotline or the police instead. If your organisation is authorised, "
                + "set `authorised_to_hold_csam = true` under [network]")
    }
}

import FlagdeskCore
import FlagdeskStore
import Foundation

/// The organisation as a team desk recorded it, with who recorded it and when.
public struct RecordedOrganisation: Sendable, Equatable {
    public var profile: OrganisationProfile
    public var recordedBy: String
    public var recordedAt: Date
}

/// Whose word counts for the organisation (issue #14, "no configuration grants"): on a personal
/// desk its one person's configuration; on a team desk only what the desk recorded, set from the
/// service account's configuration at `init --team` or `team convert` and changed by a coordinator
/// with `flagdesk organisation adopt-config`, on the trail. A flagger who points `--config` at a
/// copy claiming trusted-flagger status, or the authority to hold CSAM, is refused.
enum OrganisationPolicy {
    static func effectiveConfig(
        _ config: FlagdeskConfig, setup: DeskSetup, recorded: RecordedOrganisation?
    ) -> FlagdeskConfig {
        if let recorded { return recorded.profile.applied(to: config) }
        switch setup {
        case .personal: return config
        // A team desk from before v20: nothing is believed until a coordinator records it.
        case .team:
            return OrganisationProfile(organisation: .init(), authorisedToHoldCSAM: false).applied(to: config)
        }
    }

    /// What a configuration says that the desk does not: nothing when it says nothing, or the
    /// same. A configuration silent on CSAM does not contradict a desk authorised to hold it.
    static func disagreement(stated: OrganisationProfile, desk: OrganisationProfile) -> [OrganisationDifference] {
        let saysOrganisation = stated.organisation != FlagdeskConfig.Organisation()
        return desk.differences(from: stated).filter { difference in
            difference.key == csamKey
                ? stated.authorisedToHoldCSAM && !desk.authorisedToHoldCSAM : saysOrganisation
        }
    }

    static let csamKey = "[network] authorised_to_hold_csam"

    /// The audit payload of a change: each key that changed, old -> new.
    static func payload(old: OrganisationProfile?, new: OrganisationProfile) -> [String: String] {
        let before = old ?? OrganisationProfile(organisation: .init(), authorisedToHoldCSAM: false)
        var payload: [String: String] = [:]
        for difference in before.differences(from: new) {
            payload[difference.key] = "\(difference.desk) -> \(difference.other)"
        }
        return payload
    }

    /// Writes the profile and returns its audit entry, for the caller to append on its clock.
    static func record(
        _ profile: OrganisationProfile, old: OrganisationProfile?, actor: String, at: Date, action: String,
        in db: StoreTransaction
    ) throws -> AuditEntry {
        try OrganisationRecords.put(
            StoredOrganisation(profile: OrganisationProfileCodec.encode(profile), recordedBy: actor, recordedAt: at),
            in: db)
        return AuditEntry(
            actor: actor, at: at, entity: "organisation", entityID: "organisation", action: action,
            payload: payload(old: old, new: profile))
    }

    static func load(in db: StoreTransaction) throws -> RecordedOrganisation? {
        try OrganisationRecords.get(in: db).map(recorded)
    }

    static func recorded(_ stored: StoredOrganisation) throws(EngineError) -> RecordedOrganisation {
        RecordedOrganisation(
            profile: try OrganisationProfileCodec.decode(stored.profile), recordedBy: stored.recordedBy,
            recordedAt: stored.recordedAt)
    }
}

import FlagdeskCore
import FlagdeskStore
import Foundation

/// `flagdesk organisation ...`: on a team desk the organisation — its name and signatory, its
/// trusted-flagger status (DSA Art. 22), its GDPR Art. 80(1) standing, its authority to hold CSAM
/// (Dir. 2011/93/EU Art. 5) — is recorded in the desk and changed only by a coordinator, each
/// change an audit event with every key's old and new value.
extension Desk {
    /// What the desk goes by now, and where it comes from.
    public struct OrganisationStanding: Sendable {
        public var profile: OrganisationProfile
        /// nil: a personal desk (its configuration), or a team desk with nothing recorded yet.
        public var recorded: RecordedOrganisation?
        public var setup: DeskSetup
        /// Where the configuration in use says something else (shown, so a coordinator can act).
        public var configurationDiffers: [OrganisationDifference]
    }

    /// Any member may see it (it is printed on every letter).
    public func organisationStanding() throws(EngineError) -> OrganisationStanding {
        let recorded = try storeRead { db in try OrganisationPolicy.load(in: db) }
        let team = try currentTeam()
        let differs = recorded.map { OrganisationPolicy.disagreement(stated: statedOrganisation, desk: $0.profile) }
        return OrganisationStanding(
            profile: recorded?.profile ?? OrganisationProfile(of: config), recorded: recorded,
            setup: team.settings.setup, configurationDiffers: differs ?? [])
    }

    /// Takes the configuration's `[organisation]` and `[network] authorised_to_hold_csam` into a
    /// team desk: from then on they are the desk's, whatever configuration opens it.
    public func adoptOrganisationFromConfiguration() throws(EngineError) -> OrganisationStanding {
        try requireCoordinator(to: "record the organisation")
        let stated = statedOrganisation
        try storeWrite { db in
            guard try self.team(in: db).settings.setup == .team else {
                throw EngineError.refused(
                    "on a personal desk the organisation is your configuration's [organisation]; "
                        + "nothing to record (a team desk records it: `flagdesk team convert`)")
            }
            let old = try OrganisationPolicy.load(in: db)?.profile
            guard old != stated else { throw EngineError.refused("the desk already records this organisation") }
            guard !stated.isEmpty else {
                throw EngineError.refused(
                    "the configuration has no [organisation] to record; the desk keeps the one it has")
            }
            let entry = try OrganisationPolicy.record(
                stated, old: old, actor: actor, at: now, action: "adopt-config", in: db)
            _ = try appendEvent(entry, in: db)
        }
        return try organisationStanding()
    }

    /// `team convert`: the converting coordinator's configuration becomes the team desk's record.
    func recordOrganisationAtConversion(in db: StoreTransaction) throws {
        guard try OrganisationPolicy.load(in: db) == nil else { return }
        let entry = try OrganisationPolicy.record(
            statedOrganisation, old: nil, actor: actor, at: now, action: "record", in: db)
        _ = try appendEvent(entry, in: db)
    }

    /// At open, on a team desk: a configuration that claims another organisation is refused, as
    /// a `[users]` that disagrees with the team is.
    func checkOrganisation(notice: (@Sendable (String) -> Void)?) throws(EngineError) {
        guard openedTeam.settings.setup == .team else { return }
        guard let recorded = recordedOrganisation else {
            if !statedOrganisation.isEmpty {
                notice?(
                    "this team desk records no organisation yet, so letters carry none and no configuration is "
                        + "believed; a coordinator records it with `flagdesk organisation adopt-config`")
            }
            return
        }
        let differences = OrganisationPolicy.disagreement(stated: statedOrganisation, desk: recorded.profile)
        guard !differences.isEmpty else { return }
        throw .configuration(
            "the configuration's organisation disagrees with the desk's: "
                + differences.map(\.sentence).joined(separator: "; ")
                + ". On a team desk the organisation belongs to the desk: remove [organisation] (and "
                + "authorised_to_hold_csam) from the configuration, or have a coordinator record it with "
                + "`flagdesk organisation adopt-config`")
    }
}

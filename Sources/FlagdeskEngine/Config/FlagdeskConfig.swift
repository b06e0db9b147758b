import FlagdeskCore
import Foundation

/// The organisation's configuration (config.toml), fully typed and validated. Every field has a
/// default, so a missing file or a missing key still gives a working configuration.
public struct FlagdeskConfig: Sendable, Equatable {
    public var organisation = Organisation()
    /// The store folder; nil: `--store`, `FLAGDESK_STORE` or `$XDG_DATA_HOME/flagdesk` decide.
    public var storePath: String?
    /// How long a write waits for another process's write transaction (`[store] wait_seconds`).
    public var storeWaitSeconds = 120
    /// The key file that wraps the vault's data key (`[security] key_file`); nil: the default
    /// beside the configuration (see `VaultCredentials.keyFileLocation`).
    public var keyFilePath: String?
    /// The seal key file (`[security] seal_key_file`); nil: `seal.key` beside the default
    /// configuration (see `SealKeyLocation`).
    public var sealKeyFilePath: String?
    /// The organisation's time zone: times are stored in UTC and shown in this zone.
    public var timeZone = TimeZone(identifier: "UTC")!
    /// Login name -> role, as `[users]` lists them. Roles belong to the desk: this list is only
    /// compared with the desk's team, or taken in once by `flagdesk team adopt-config`.
    public var users: [String: UserRole] = [:]
    /// Whether a coordinator other than the drafter must approve a document before it is sent:
    /// what a new desk starts with (the desk's own value rules after that).
    public var fourEyes = true
    /// `[approval] four_eyes` as written in the file (nil: not written).
    public var fourEyesStated: Bool?
    /// A folder of templates overriding the shipped ones of the same name (DESIGN.md §6).
    public var templatesDirectory: String?
    /// ISO 639-1 language of drafts when the recipient states no preference.
    public var defaultLanguage = "en"
    /// A command that reads a complete RFC 5322 message on standard input and sends it
    /// (`/usr/sbin/sendmail -t`); nil: documents are exported, not sent by Flagdesk.
    public var sendCommand: String?
    public var network = Network()
    /// Column names and named mappings for `flagdesk import`.
    public var importing = ImportSettings()
    /// Deadline rule id -> period text (`"48 hours"`), overriding the catalogue's defaults. Only
    /// the shape of the period is checked here; the deadline catalogue checks ids and limits.
    public var deadlineOverrides: [String: String] = [:]
    /// The escalation ladder: what to propose when a document goes unanswered or is refused.
    public var escalation: [EscalationStep] = EscalationStep.defaultLadder
    public var calendar = CalendarSettings()
    /// How long closed data is kept before `flagdesk purge` erases it (`[retention]`).
    public var retention = RetentionSettings()
    /// `[keys]`: the desk's key bindings the user changed, checked by the desk's keymap.
    public var keyBindings: [KeySetting] = []
    /// The starter directory with the organisation's own entries laid over it.
    public var directory = Directory.starter

    public init() {}

    /// The configuration used when no file exists.
    public static let defaults = FlagdeskConfig()
}

extension FlagdeskConfig {
    /// The organisation as it appears in notices and in the DSA Art. 22(3) report.
    public struct Organisation: Sendable, Equatable {
        public var name: String?
        public var legalForm: String?
        /// ISO 3166-1 alpha-2.
        public var country: String?
        public var postalAddress: String?
        /// The notifier's e-mail (DSA Art. 16(2)(c)).
        public var email: String?
        public var phone: String?
        /// The person who signs outgoing documents.
        public var signatory: String?
        /// The organisation is a not-for-profit body of GDPR Art. 80(1) (properly constituted,
        /// statutory objectives in the public interest, active in data protection): it may lodge
        /// a complaint for the data subject. Otherwise the complaint is the data subject's own,
        /// lodged through the organisation as their representative.
        public var gdprArticle80Body = false
        /// nil while the organisation holds no trusted-flagger status.
        public var trustedFlagger: TrustedFlaggerStatus?

        public init() {}
    }

    /// Trusted-flagger status under DSA Art. 22(2).
    public struct TrustedFlaggerStatus: Sendable, Equatable {
        /// The Digital Services Coordinator that awarded the status; the Art. 22(3) report goes
        /// to it.
        public var awardingDSC: String
        public var awardedOn: CivilDate?
        /// The DSC's reference for the award.
        public var reference: String?
        /// DSA Art. 22(1): notices get priority only within this designated area of expertise.
        public var areaOfExpertise: String
        /// The explanation of the procedures ensuring independence, for the Art. 22(3) report.
        public var independenceStatement: String?
        /// Since when the DSC has suspended the status (DSA Art. 22(6)): notices then claim no
        /// priority. Removed when the suspension is lifted.
        public var suspendedOn: CivilDate?

        public init(
            awardingDSC: String, awardedOn: CivilDate? = nil, reference: String? = nil, areaOfExpertise: String,
            independenceStatement: String? = nil, suspendedOn: CivilDate? = nil
        ) {
            self.awardingDSC = awardingDSC
            self.awardedOn = awardedOn
            self.reference = reference
            self.areaOfExpertise = areaOfExpertise
            self.independenceStatement = independenceStatement
            self.suspendedOn = suspendedOn
        }
    }

    /// Outgoing network use (checking whether content is still online). Off unless enabled.
    public struct Network: Sendable, Equatable {
        public var enabled = false
        public var timeoutSeconds = 20
        public var maxBytes = 5_000_000
        /// Whether the organisation is authorised by law to hold child sexual abuse material
        /// (as some national hotlines are). Possessing or knowingly accessing it is otherwise an
        /// offence (Directive 2011/93/EU Art. 5(2)-(3)), so capture of items flagged as such is
        /// refused unless this is true.
        public var authorisedToHoldCSAM = false
        /// Whether capture and recheck may connect to loopback, link-local, private and
        /// unique-local addresses (config `[capture] allow_private_addresses`). Off: a flagged
        /// URL, or a redirect from it, must not reach the organisation's own network.
        public var allowPrivateAddresses = false

        public init() {}
    }

    /// How `flagdesk import` reads column names.
    public struct ImportSettings: Sendable, Equatable {
        /// More header names per field, on top of the built-in aliases.
        public var aliases: [ImportField: [String]] = [:]
        /// Named mappings (`--mapping NAME`): field -> the one header holding it.
        public var mappings: [String: [ImportField: String]] = [:]

        public init() {}
    }

    /// Extra days off, on top of the public holidays of the organisation's calendar.
    public struct CalendarSettings: Sendable, Equatable {
        /// The organisation's holiday calendar code (`BE`, `DE-BY`); nil: weekends only.
        public var country: String?
        /// Days the organisation is closed (its own deadlines move past them).
        public var closures: [CivilDate] = []
        /// Public holidays missing from the built-in calendar (a one-off national holiday).
        public var extraHolidays: [CivilDate] = []

        public init() {}
    }
}

/// One line of `[keys]`: a command of the desk and the keys that run it, with where it was
/// written (the desk names the file and line when it refuses the command or a key).
public struct KeySetting: Sendable, Equatable {
    public var command: String
    public var keys: [String]
    public var file: String
    public var line: Int?

    public init(command: String, keys: [String], file: String, line: Int?) {
        self.command = command
        self.keys = keys
        self.file = file
        self.line = line
    }
}

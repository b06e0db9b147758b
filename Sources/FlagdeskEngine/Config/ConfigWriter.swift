import FlagdeskCore

/// Writes the documented example configuration (`flagdesk init`).
public enum ConfigWriter {
    /// The text of config.example.toml, embedded so the binary needs no resource files. A test
    /// keeps it equal to the file at the repository root: edit the text here, then write the
    /// file from it. The kind list and the default ladder come from the kinds' definitions.
    public static let exampleText = exampleSource.replacingOccurrences(of: "@KINDS@", with: kindList)
        .replacingOccurrences(of: "@LADDER@", with: ladder)

    /// The document kinds, wrapped as comment lines.
    static var kindList: String {
        var lines: [String] = []
        var line = ""
        for kind in DocumentKinds.all.map(\.kind.rawValue) {
            let limit = lines.isEmpty ? 80 : 96
            if !line.isEmpty, line.count + kind.count + 2 > limit {
                lines.append(line + ",")
                line = ""
            }
            line += line.isEmpty ? kind : ", " + kind
        }
        lines.append(line)
        return lines.joined(separator: "\n# ")
    }

    /// The default ladder (`EscalationStep.defaultLadder`), each kind's steps under its title.
    static var ladder: String {
        DocumentKinds.all.filter { !$0.escalation.isEmpty }.map { definition in
            "# From a \(definition.title).\n"
                + definition.escalation.map { step in
                    var lines = [
                        "[[escalation]]", "from = \"\(step.from.rawValue)\"", "when = \"\(step.trigger.rawValue)\"",
                    ]
                    if let after = step.after { lines.append("after = \"\(after)\"") }
                    lines.append(
                        "propose = [" + step.propose.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + "]")
                    return lines.joined(separator: "\n")
                }.joined(separator: "\n\n")
        }.joined(separator: "\n\n")
    }

    private static let exampleSource = #"""
        # Flagdesk configuration.
        #
        # Flagdesk reads this file from --config PATH, else from $FLAGDESK_CONFIG, else from
        # $XDG_CONFIG_HOME/flagdesk/config.toml (~/.config/flagdesk/config.toml). Without a file,
        # the defaults below apply.
        #
        # Every key is optional. Active lines show the default value. Lines starting with '#' and no
        # space are settings with no default: remove the '#' and fill them in. A key Flagdesk does not
        # know is refused (so a typo cannot go unnoticed), as is a bad value; the message names the
        # file, the line, the key, what was found and what was expected.
        #
        # Relative paths are relative to the folder of this file; '~/' is your home folder.

        # Extra directory files, each holding [[providers]] and [[authorities]] in the shape of the
        # end of this file. Top-level keys like this one must come before the first [table].
        #directory_files = ["directory/partners.toml"]

        # The organisation sending notices. Its name and e-mail go into every DSA Art. 16 notice
        # (Art. 16(2)(c)), so fill these in before sending anything.
        [organisation]
        # Full name of the organisation.
        #name = "Example Hotline asbl"
        # Legal form (asbl, e.V., foundation...).
        #legal_form = "asbl"
        # Country of establishment: ISO 3166-1 alpha-2 (BE, FR, DE...; EL and UK are accepted).
        #country = "BE"
        # Postal address, one string; use \n between lines.
        #postal_address = "Rue Exemple 1\n1000 Bruxelles"
        # The e-mail address notices are sent from and answers go to.
        #email = "notices@example.org"
        # Telephone, as written on letters.
        #phone = "+32 2 000 00 00"
        # The person who signs outgoing documents.
        #signatory = "A. Coordinator"
        # true only if the organisation is a not-for-profit body that GDPR Art. 80(1) lets lodge
        # complaints for data subjects (properly constituted under national law, statutory objectives in
        # the public interest, active in data protection). Otherwise (the default) a complaint to the
        # data-protection authority is lodged in the data subject's name, with the organisation as their
        # representative.
        #gdpr_article_80_body = false

        # Trusted-flagger status (DSA Art. 22(2)). Leave out while the organisation has none. When
        # present, awarding_dsc and area_of_expertise are required.
        #[organisation.trusted_flagger]
        # The Digital Services Coordinator that awarded the status; the annual report (Art. 22(3))
        # goes to it.
        #awarding_dsc = "BIPT"
        # Date of the award (YYYY-MM-DD).
        #awarded_on = 2025-03-01
        # The DSC's reference for the award.
        #reference = "TF-2025-001"
        # The designated area of expertise. DSA Art. 22(1): notices get priority only inside it.
        #area_of_expertise = "Trafficking in human beings and sexual exploitation, including of children"
        # How independence from every online platform is ensured, for the Art. 22(3) report.
        #independence_statement = "Funded by public grants only; no platform funding or board seats."
        # Set while the DSC has suspended the status (Art. 22(6)): notices then go out as plain
        # Art. 16 notices, claiming no priority. Remove when the suspension is lifted.
        #suspended_on = 2026-06-01

        [store]
        # The store folder (database and evidence files). Default: --store, else $FLAGDESK_STORE,
        # else $XDG_DATA_HOME/flagdesk (~/.local/share/flagdesk).
        #path = "~/flagdesk-store"
        # How long a change waits for another flagdesk process that is writing (an import holds the
        # store for its whole run) before giving up with "the store is busy"; 1 to 3600 seconds.
        #wait_seconds = 120

        [security]
        # The key file that unlocks people's sealed identity, contact and mandate documents (created by
        # `flagdesk keys init`, 0600). Keep it outside the store folder so backups of the store do not
        # carry their own key. Default: $XDG_CONFIG_HOME/flagdesk/flagdesk.key.
        #key_file = "~/.config/flagdesk/flagdesk.key"
        # The seal key (created by `flagdesk init`, 0600, bound to this desk): every change Flagdesk
        # makes is sealed with it, so `flagdesk verify` finds what was changed by other means. Writes
        # need it; keep a copy apart from the store and its backups. Never inside the store folder.
        # Default: $XDG_CONFIG_HOME/flagdesk/seal.key.
        #seal_key_file = "~/.config/flagdesk/seal.key"

        [time]
        # The organisation's time zone (IANA name, e.g. Europe/Brussels). Times are stored in UTC and
        # shown in this zone; the organisation's own deadlines count its days. `flagdesk init` writes
        # the machine's zone here. What a recipient owes counts in the recipient country's own zone.
        zone = "UTC"

        # Login name = role. Roles: "flagger" (drafts, records answers) and "coordinator" (also
        # approves and configures). With no users listed, Flagdesk runs single-user: whoever runs it
        # is coordinator.
        [users]
        #alice = "coordinator"
        #bob = "flagger"

        [approval]
        # Four-eyes: a document is approved by a coordinator other than its drafter before sending.
        four_eyes = true

        [templates]
        # A folder of your own templates; a file there replaces the shipped template of the same
        # name (Templates/<kind>/<language>.mustache). Default: shipped templates only.
        #directory = "templates"
        # Language of drafts (ISO 639-1) when the recipient states no preference.
        default_language = "en"

        [sending]
        # A command that reads a whole e-mail (headers and body) on standard input and sends it.
        # Default: none; documents are exported and you send them yourself.
        #send_command = "/usr/sbin/sendmail -t"

        [network]
        # Whether Flagdesk may go online (to check whether reported content is still up). Off by
        # default: nothing leaves this machine unless you turn it on.
        enabled = false
        # Time limit for one request, in seconds (1 to 600).
        timeout_seconds = 20
        # Largest response read, in bytes (1 to 1073741824); a longer body is cut there and the
        # capture is marked truncated.
        max_bytes = 5000000
        # Whether the organisation is authorised by law to hold child sexual abuse material (as some
        # national hotlines are). Possessing it or knowingly obtaining access to it is otherwise an
        # offence (Directive 2011/93/EU Art. 5(2)-(3)), so `flagdesk capture` refuses items flagged as
        # child sexual abuse, and `flagdesk recheck` asks for their status only, never the content,
        # unless this is true.
        authorised_to_hold_csam = false

        [capture]
        # Whether capture and recheck may connect to loopback, link-local, private and unique-local
        # addresses (127.0.0.0/8, 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 169.254.0.0/16, ::1,
        # fe80::/10, fc00::/7, and IPv4-mapped forms), directly or through a redirect. Off: a flagged
        # URL must not make Flagdesk reach into your own network.
        allow_private_addresses = false

        # How `flagdesk import` reads column names (CSV headers, JSON keys). Names are compared in
        # lower case, with spaces, dashes and dots read as '_'. Built in: url (link, uri, address...),
        # category, keywords, content_types, explanation (description, comment, notes...),
        # legal_basis, source, minor, threat_to_life.
        [import]
        # More names per field, on top of the built-in ones.
        #aliases = { url = ["Reported link"], explanation = ["Analyst note"] }

        # A named mapping for one partner's files, used with `flagdesk import FILE --mapping NAME`:
        # field = the header of the column holding it. Only the columns listed are read.
        #[import.mappings.partner-hotline]
        #url = "Reported URL"
        #explanation = "Remarks"
        #minor = "Child involved"

        # Deadline overrides: rule id = period. A period is "<positive number> <unit>", units hours,
        # days, weeks, months, years or working days ("48 hours", "1 month", "5 working days").
        # `flagdesk rules` lists the rule ids and their defaults; the law's own limits cannot be
        # lengthened. Quote ids that contain dots.
        [deadlines]
        #"dsa.notice.expected-decision.trusted" = "48 hours"
        #"reminder.notice" = "10 days"

        # Escalation ladder: what Flagdesk proposes (never sends by itself) when a document gets no
        # answer or a refusal. Each step: from = the document kind; when = "no-response", "rejected",
        # "no-acknowledgement" or "preservation-ending"; after = how long to wait, a deadline rule id or a period (not needed
        # for "rejected"); propose = the kinds of document to draft next.
        # Document kinds: @KINDS@.
        # Listing any step here replaces the whole default ladder, which is the one below.

        @LADDER@

        [calendar]
        # The organisation's own public-holiday calendar: a country (BE) or country-subdivision
        # (DE-BY). Default: none (weekends only).
        #country = "BE"
        # Days the organisation is closed, as dates.
        #closures = ["2026-12-24", "2026-12-31"]
        # Public holidays missing from the built-in calendars (a one-off national day).
        #extra_holidays = ["2026-06-15"]

        [retention]
        # How long closed data is kept before `flagdesk purge` erases it, counted from the last activity
        # on a closed item (resolved or no action, every document closed or withdrawn, no open deadline,
        # no LEA hold). From "30 days" to "30 years"; there is no "keep forever" (GDPR Art. 5(1)(e)).
        # People's identity, contact, mandate document and wishes, once all their items are closed.
        #people = "1 year"
        # Evidence files (captures, headers, uploads) of closed items; hashes and sizes are kept.
        #evidence = "5 years"
        # Items closed as no action (lawful adult sex work, not illegal): their URL, text, capture and
        # documents go after this short period, not the evidence period: there is no offence to prove.
        #no_action = "30 days"

        [keys]
        # The desk's keys (as aerc's binds.conf): command = "key", or an array of keys. A line replaces
        # every key of that command, on each screen where it has keys; `?` in the desk shows the result.
        # Keys are written as the help writes them: "H", "C-r", "<Enter>", "<Space>", "<F5>". An unknown
        # command or key, or a key that would run two commands on one screen, is refused with its line.
        #hold = "H"
        #approve = "a"
        #redraw = ["C-l", "<F5>"]

        # Hosting providers. Flagdesk ships a starter list of well-known services (all unverified);
        # an entry here with the same key replaces the starter entry entirely, and a new key adds one.
        #[[providers]]
        # Short unique id: a-z, 0-9 and hyphens.
        #key = "example-video"
        # The service's name.
        #name = "Example Video"
        # The legal entity providing the service in the EU.
        #legal_entity = "Example Video Europe Ltd"
        # Country of establishment for EU purposes (ISO 3166-1 alpha-2).
        #country = "IE"
        # Host names served; each also covers its subdomains (m.example-video.com).
        #hosts = ["example-video.com", "exv.io"]
        # Where notices go: the notice form's URL, or an e-mail address.
        #notice_channel = "https://example-video.com/legal/report"
        # Languages accepted for notices (ISO 639-1), preferred first.
        #languages = ["en", "fr"]
        # Online platform (DSA Art. 3(i)): Art. 22 priority applies. A plain hosting or cloud service:
        # false (Art. 16 only).
        #is_online_platform = true
        # Micro or small enterprise: exempt from Art. 22 priority (DSA Art. 19).
        #small_or_micro = false
        # An online search engine (DSA Art. 3(j)): it hosts nothing, so no Art. 16 notice goes to it
        # (send it to the site's host) and no priority is owed.
        #search_engine = false
        # Designated very large online platform or search engine (DSA Art. 33).
        #very_large = false
        # Whether you checked these contact data; true needs a source.
        #verified = true
        # Where the contact data come from (text or URL).
        #source = "https://example-video.com/legal/dsa-contact (checked 2026-01-15)"
        # The legal representative in the EU (DSA Art. 13), for providers established outside it.
        #eu_legal_representative = { name = "Rep Services SRL", address = "Rue Exemple 2, 1000 Bruxelles", email = "dsa@rep.example" }
        # Addressee of e-evidence orders (Directive (EU) 2023/1544): role is "designated-establishment"
        # or "legal-representative".
        #eevidence_addressee = { role = "designated-establishment", name = "Example Video Europe Ltd", email = "lawenforcement@example-video.com" }

        # Authorities: kind is "dsc" (Digital Services Coordinator), "dpa" (data-protection
        # authority), "lea" (police), "prosecutor", "europol" (no country; listed for reference only:
        # it takes no reports from the public), "support-service" (victim support) or "nrm" (a
        # National Referral Mechanism's entry point). Same override rule; a referral goes to the
        # first "lea" you list for the country concerned, before the starter directory's.
        #[[authorities]]
        #key = "be-police-fccu"
        #kind = "lea"
        #name = "Federal Computer Crime Unit"
        # ISO 3166-1 alpha-2; required except for Europol.
        #country = "BE"
        # Any of email, address, url, phone.
        #contact = { email = "fccu@example.be", url = "https://www.police.be/" }
        #verified = false
        #source = "Partner meeting, 2026-02-03"

        """#
}

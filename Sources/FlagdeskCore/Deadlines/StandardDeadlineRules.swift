/// The rules Flagdesk ships with (legal reference: shared/legal/REFERENCE.md §1.4, §1.5, §3.4-3.6,
/// §4.7, §5.1, §5.5). Law rules count under Regulation 1182/71 Art. 3 unless a comment says why
/// not; policy rules are the organisation's own targets and say so.
extension DeadlineCatalog {
    public static let standardRules: [DeadlineRule] = gdprRules + dsaRules + eEvidenceRules + otherRules

    private static let gdprRules: [DeadlineRule] = [
        // GDPR Art. 12(3): "within one month of receipt", extendable "by two further months".
        DeadlineRule(
            id: "gdpr.art12.response", title: "Controller answers a data-subject request (Arts. 15-22)",
            source: "GDPR Art. 12(3); Reg. 1182/71 Art. 3", trigger: "receipt of the request",
            period: .months(1), counting: .rollForward, isPolicy: false, extensionPeriod: .months(2)),
        // Art. 12(3): the extension must be announced, with reasons, within the first month.
        DeadlineRule(
            id: "gdpr.art12.extension-notice", title: "Controller announces an extension, with reasons",
            source: "GDPR Art. 12(3); Reg. 1182/71 Art. 3", trigger: "receipt of the request",
            period: .months(1), counting: .rollForward, isPolicy: false),
        // Art. 12(4): a controller that does not act says why, and names the remedies, within a month.
        DeadlineRule(
            id: "gdpr.art12.refusal-notice", title: "Controller explains why it does not act, and the remedies",
            source: "GDPR Art. 12(4); Reg. 1182/71 Art. 3", trigger: "receipt of the request",
            period: .months(1), counting: .rollForward, isPolicy: false),
        // Art. 12(3): one month plus two further months = three months from receipt.
        DeadlineRule(
            id: "gdpr.art12.extended", title: "Controller answers after announcing an extension",
            source: "GDPR Art. 12(3); Reg. 1182/71 Art. 3", trigger: "receipt of the request",
            period: .months(3), counting: .rollForward, isPolicy: false),
        // Art. 78(2): an authority silent for three months opens a judicial remedy against it.
        DeadlineRule(
            id: "gdpr.art78.dpa-silence", title: "Supervisory authority reports progress on a complaint",
            source: "GDPR Art. 78(2); Reg. 1182/71 Art. 3", trigger: "lodging of the complaint",
            period: .months(3), counting: .rollForward, isPolicy: false),
    ]

    private static let dsaRules: [DeadlineRule] = [
        // DSA Art. 20(1)-(2): at least six months from the day the notifier is informed. The DSA does
        // not say 1182/71 applies (REFERENCE §3.6, unconfirmed), and this is the flagger's own window:
        // counting on a move to the next working day could make a complaint late, so it is not moved;
        // the explanation also shows the Reg. 1182/71 Art. 3(4) date, should a court apply it.
        DeadlineRule(
            id: "dsa.art20.complaint-window", title: "Window to complain to the platform about its decision",
            source: "DSA Art. 20(1)-(2)", trigger: "the day the notifier was informed of the decision",
            period: .months(6), counting: .calendar, isPolicy: false, showsArticle34Date: true),
        // DSA Art. 21(3): "no later than 90 calendar days", up to 90 more for highly complex disputes.
        DeadlineRule(
            id: "dsa.art21.ods-decision", title: "Out-of-court dispute settlement body decides",
            source: "DSA Art. 21(3)", trigger: "receipt of the complaint by the body",
            period: .days(90), counting: .calendar, isPolicy: false, extensionPeriod: .days(90)),
        // No fixed time in law: Art. 16(6) "timely", Art. 22(1) "without undue delay" and priority for
        // trusted flaggers, recital 52 for threats to life. These are the organisation's targets for
        // chasing a platform, three variants of one rule.
        DeadlineRule(
            id: "dsa.notice.expected-decision.urgent",
            title: "Expected decision on a notice: threat to life or child sexual abuse",
            source: "DSA Arts. 16(6), 22(1), recital 52 (no fixed time in law)", trigger: "receipt of the notice",
            period: .hours(24), counting: .exactHours, isPolicy: true, variant: "urgent"),
        DeadlineRule(
            id: "dsa.notice.expected-decision.trusted", title: "Expected decision on a trusted-flagger notice",
            source: "DSA Arts. 16(6), 22(1) (no fixed time in law)", trigger: "receipt of the notice",
            period: .hours(72), counting: .exactHours, isPolicy: true, variant: "trusted"),
        DeadlineRule(
            id: "dsa.notice.expected-decision.hosting",
            title: "Expected decision on a notice to a hosting service that is not an online platform",
            source: "DSA Art. 16(6) (no fixed time in law)", trigger: "receipt of the notice",
            period: .days(7), counting: .calendar, isPolicy: true, variant: "hosting"),
    ]

    private static let eEvidenceRules: [DeadlineRule] = [
        // Regulation (EU) 2023/1543 Art. 11(1): the duty to preserve ends after 60 days unless
        // confirmed; the issuing authority may extend it by 30 days (Annex VI). Not moved to a working
        // day: data may be deleted once the duty ends, so the earliest reading is the one to watch.
        DeadlineRule(
            id: "eevidence.art11.preservation", title: "Preservation duty ends (EPOC-PR)",
            source: "Reg. (EU) 2023/1543 Art. 11(1)", trigger: "receipt of the EPOC-PR by the addressee",
            period: .days(60), counting: .calendar, isPolicy: false, extensionPeriod: .days(30)),
        // Art. 10(3): data due within 10 days of receipt; an EU period, so 1182/71 Art. 3(4) applies.
        DeadlineRule(
            id: "eevidence.art10.production", title: "Provider produces the data (EPOC)",
            source: "Reg. (EU) 2023/1543 Art. 10(3); Reg. 1182/71 Art. 3",
            trigger: "receipt of the EPOC by the addressee", period: .days(10), counting: .rollForward,
            isPolicy: false),
        // Art. 10(4): emergency cases, at the latest within 8 hours; hours are never moved.
        DeadlineRule(
            id: "eevidence.art10.production.emergency", title: "Provider produces the data in an emergency (EPOC)",
            source: "Reg. (EU) 2023/1543 Art. 10(4); Reg. 1182/71 Art. 3",
            trigger: "receipt of the EPOC by the addressee", period: .hours(8), counting: .hours, isPolicy: false,
            variant: "emergency"),
        // The organisation warns its law-enforcement contact before the preservation duty runs out.
        // Counted backwards from that end, so never moved (1182/71 Art. 3(4), last sentence).
        DeadlineRule(
            id: "eevidence.preservation-warning", title: "Warn the LEA contact that preservation is ending",
            source: "Escalation ladder; before Reg. (EU) 2023/1543 Art. 11(1) ends",
            trigger: "the end of the preservation duty", period: .days(10), counting: .calendar, isPolicy: true,
            countedBackwardsFrom: "eevidence.art11.preservation"),
    ]

    private static let otherRules: [DeadlineRule] = [
        // US TAKE IT DOWN Act (Pub. L. 119-12), removal duty from 2026-05-19: "as soon as possible and
        // no later than 48 hours after receiving a valid request". US law: 1182/71 does not apply.
        DeadlineRule(
            id: "takeitdown.removal", title: "Platform removes a non-consensual intimate image",
            source: "US TAKE IT DOWN Act (Pub. L. 119-12), removal duty", trigger: "receipt of a valid request",
            period: .hours(48), counting: .exactHours, isPolicy: false),
        // Escalation ladder intervals (DESIGN.md §4 "Silence escalates"); moved off weekends and
        // holidays so a reminder is due on a day the recipient works.
        DeadlineRule(
            id: "reminder.notice", title: "Send a reminder about an unanswered notice",
            source: "Escalation ladder", trigger: "sending of the notice",
            period: .days(7), counting: .rollForward, isPolicy: true),
        DeadlineRule(
            id: "reminder.erasure", title: "Send a reminder about an unanswered erasure request",
            source: "Escalation ladder", trigger: "sending of the request",
            period: .days(14), counting: .rollForward, isPolicy: true),
        // Referrals and preservation requests are chased like any document (issue #15): law
        // enforcement owes no answer in law, so these are the organisation's own follow-ups.
        DeadlineRule(
            id: "reminder.referral", title: "Chase an LEA referral nobody acknowledged",
            source: "Escalation ladder (no time in law)", trigger: "sending of the referral",
            period: .days(3), counting: .rollForward, isPolicy: true),
        DeadlineRule(
            id: "reminder.preservation", title: "Chase a preservation request nobody acknowledged",
            source: "Escalation ladder; Reg. (EU) 2023/1543 Art. 11 (preserve without undue delay)",
            trigger: "sending of the request", period: .days(2), counting: .rollForward, isPolicy: true),
    ]
}

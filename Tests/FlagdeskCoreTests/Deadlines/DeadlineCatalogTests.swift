import Foundation
import Testing

@testable import FlagdeskCore

@Suite("Deadline catalogue")
struct DeadlineCatalogTests {
    /// The defaults named in issue 3 and REFERENCE.md §5.5.
    @Test(
        arguments: [
            ("gdpr.art12.response", "1 month", CountingMode.rollForward, false, "2 months"),
            ("gdpr.art12.extension-notice", "1 month", .rollForward, false, nil),
            ("gdpr.art12.extended", "3 months", .rollForward, false, nil),
            ("gdpr.art78.dpa-silence", "3 months", .rollForward, false, nil),
            ("dsa.art20.complaint-window", "6 months", .calendar, false, nil),
            ("dsa.art21.ods-decision", "90 days", .calendar, false, "90 days"),
            ("dsa.notice.expected-decision.urgent", "24 hours", .exactHours, true, nil),
            ("dsa.notice.expected-decision.trusted", "72 hours", .exactHours, true, nil),
            ("dsa.notice.expected-decision.hosting", "7 days", .calendar, true, nil),
            ("eevidence.art11.preservation", "60 days", .calendar, false, "30 days"),
            ("eevidence.art10.production", "10 days", .rollForward, false, nil),
            ("eevidence.art10.production.emergency", "8 hours", .hours, false, nil),
            ("takeitdown.removal", "48 hours", .exactHours, false, nil),
            ("reminder.notice", "7 days", .rollForward, true, nil),
            ("reminder.erasure", "14 days", .rollForward, true, nil),
            ("eevidence.preservation-warning", "10 days", .calendar, true, nil),
        ] as [(String, String, CountingMode, Bool, String?)])
    func defaults(_ id: String, _ period: String, _ counting: CountingMode, _ isPolicy: Bool, _ extension: String?)
        throws
    {
        let rule = try DeadlineCatalog().rule(id)
        #expect(rule.period.description == period)
        #expect(rule.counting == counting)
        #expect(rule.isPolicy == isPolicy)
        #expect(rule.extensionPeriod?.description == `extension`)
        #expect(!rule.source.isEmpty && !rule.title.isEmpty && !rule.trigger.isEmpty)
        #expect(rule.nature.hasPrefix(isPolicy ? "POLICY" : "law"))
    }

    @Test func idsAreUniqueAndAnchorsExist() throws {
        let catalog = DeadlineCatalog()
        #expect(Set(catalog.rules.map(\.id)).count == catalog.rules.count)
        for rule in catalog.rules {
            if let anchor = rule.countedBackwardsFrom {
                #expect(try catalog.rule(anchor).countedBackwardsFrom == nil)
            }
        }
    }

    @Test func variantsResolve() throws {
        let catalog = DeadlineCatalog()
        #expect(catalog.variants(of: "dsa.notice.expected-decision") == ["urgent", "trusted", "hosting"])
        #expect(
            try catalog.rule("dsa.notice.expected-decision", variant: "trusted").id
                == "dsa.notice.expected-decision.trusted")
        #expect(
            try catalog.rule("dsa.notice.expected-decision.hosting", variant: nil).id
                == "dsa.notice.expected-decision.hosting")
        #expect(
            try catalog.rule("eevidence.art10.production", variant: "emergency").period == .hours(8))
        #expect(try catalog.rule("eevidence.art10.production", variant: nil).period == .days(10))
        #expect(
            throws: DeadlineError.variantRequired(
                family: "dsa.notice.expected-decision", variants: ["urgent", "trusted", "hosting"])
        ) {
            try catalog.rule("dsa.notice.expected-decision", variant: nil)
        }
        #expect(
            throws: DeadlineError.unknownVariant(
                family: "dsa.notice.expected-decision", variant: "slow", variants: ["urgent", "trusted", "hosting"])
        ) {
            try catalog.rule("dsa.notice.expected-decision", variant: "slow")
        }
        #expect(throws: DeadlineError.unknownVariant(family: "takeitdown.removal", variant: "urgent", variants: [])) {
            try catalog.rule("takeitdown.removal", variant: "urgent")
        }
    }

    @Test func unknownRuleListsTheKnownOnesAndQuotesSafely() {
        do {
            _ = try DeadlineCatalog().rule("gdpr\u{1b}[31m", variant: nil)
            Issue.record("an unknown rule must throw")
        } catch {
            let message = error.description
            #expect(message.contains("gdpr<U+001B>[31m"))
            #expect(message.contains("gdpr.art12.response"))
            #expect(message.contains("dsa.notice.expected-decision,"), "families are listed too")
            #expect(!message.unicodeScalars.contains { $0.value == 0x1B })
        }
    }

    @Test func overridesReplaceThePeriodInForce() throws {
        let catalog = try DeadlineCatalog(overrides: [
            "dsa.notice.expected-decision.trusted": .hours(48),
            "reminder.notice": .days(30),
            "gdpr.art12.response": .weeks(4),
            "takeitdown.removal": .hours(24),
        ])
        let trusted = try catalog.rule("dsa.notice.expected-decision.trusted")
        #expect(trusted.period == .hours(48))
        #expect(trusted.defaultPeriod == .hours(72))
        #expect(trusted.isOverridden)
        #expect(try catalog.rule("reminder.notice").period == .days(30))
        #expect(try catalog.rule("gdpr.art12.response").period == .weeks(4))
        #expect(try !catalog.rule("gdpr.art78.dpa-silence").isOverridden)
        #expect(catalog.rules.map(\.id) == DeadlineCatalog().rules.map(\.id), "order is kept")
    }

    /// Policy rules take any period; a law rule may be shortened but never lengthened.
    @Test(arguments: [
        ("gdpr.art12.response", "2 months", false),
        ("gdpr.art12.response", "31 days", false),
        ("gdpr.art12.response", "30 days", false),
        ("gdpr.art12.response", "28 days", true),
        // Holidays can stretch working days without bound, so they never replace a calendar limit.
        ("gdpr.art12.response", "15 working days", false),
        ("dsa.art21.ods-decision", "91 days", false),
        ("dsa.art21.ods-decision", "3 months", false),
        ("dsa.art21.ods-decision", "12 weeks", true),
        ("takeitdown.removal", "2 days", false),
        ("takeitdown.removal", "1 day", true),
        ("eevidence.art11.preservation", "61 days", false),
        ("dsa.art20.complaint-window", "1 year", false),
        ("dsa.notice.expected-decision.urgent", "7 days", true),
        ("eevidence.preservation-warning", "3 weeks", true),
        ("reminder.erasure", "1 year", true),
    ])
    func lawCannotBeLengthened(_ id: String, _ period: String, _ allowed: Bool) throws {
        let requested = try Period(parsing: period)
        if allowed {
            #expect(try DeadlineCatalog(overrides: [id: requested]).rule(id).period == requested)
        } else {
            let limit = try DeadlineCatalog().rule(id).defaultPeriod
            #expect(throws: DeadlineError.overrideLengthensLaw(ruleID: id, requested: requested, limit: limit)) {
                try DeadlineCatalog(overrides: [id: requested])
            }
        }
    }

    @Test func unknownOverrideIsRefused() {
        #expect(throws: DeadlineError.self) {
            try DeadlineCatalog(overrides: ["gdpr.art99.nothing": .days(1)])
        }
        // A family is not a rule: each variant is overridden by its own id.
        #expect(throws: DeadlineError.self) {
            try DeadlineCatalog(overrides: ["dsa.notice.expected-decision": .hours(48)])
        }
    }

    @Test func rulesEncodeAsJSON() throws {
        let data = try JSONEncoder().encode(try DeadlineCatalog().rule("gdpr.art12.response"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["period"] as? String == "1 month")
        #expect(object["counting"] as? String == "roll-forward")
        #expect(object["extensionPeriod"] as? String == "2 months")
        #expect(object["isPolicy"] as? Bool == false)
    }
}

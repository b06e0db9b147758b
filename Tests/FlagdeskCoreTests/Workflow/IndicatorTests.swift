import FlagdeskCore
import Testing

@Suite("Triage indicator checklist")
struct IndicatorTests {
    @Test("keys are unique and name their source")
    func keys() {
        let keys = IndicatorCatalog.all.map(\.key)
        #expect(Set(keys).count == keys.count)
        for indicator in IndicatorCatalog.all {
            #expect(indicator.key.hasPrefix(indicator.source.rawValue + "."))
            #expect(IndicatorCatalog.indicator(indicator.key) == indicator)
        }
        #expect(Set(IndicatorCatalog.all.map(\.source)) == Set(IndicatorSource.allCases))
        #expect(IndicatorCatalog.all.filter { $0.source == .iloEC2009 }.count == 6)
    }

    @Test("NIJ: movement and screening language are counter-indicators, age and looks not predictive")
    func counterIndicators() throws {
        let standing: [(String, IndicatorStanding)] = [
            ("age-under-23", .nonPredictive), ("movement-language", .counterIndicator),
            ("client-screening", .counterIndicator), ("young-looking-photos", .nonPredictive),
            ("visible-tattoos", .nonPredictive),
        ]
        for (name, expected) in standing {
            let indicator = try #require(IndicatorCatalog.indicator("nij-online-ads.\(name)"))
            #expect(indicator.standing == expected, "\(name)")
            #expect(indicator.isWeak)
            #expect(indicator.note != nil)
            #expect(!indicator.suggestsCoercion)
            #expect(indicator.checklistText.contains("[\(expected.label!)"))
        }
        for name in ["trustworthy-language", "obscured-phone", "stated-ethnicity", "youth-language"] {
            #expect(IndicatorCatalog.indicator("nij-online-ads.\(name)")?.standing == .indicator)
        }
        #expect(
            IndicatorCatalog.all.filter { $0.standing != .indicator }.allSatisfy { $0.source == .nijOnlineAds })
    }

    @Test("characteristics of the person (ethnicity, tattoos, clothing) are marked, with their caution")
    func characteristics() throws {
        let keys = Set(IndicatorCatalog.all.filter(\.isCharacteristic).map(\.key))
        #expect(
            keys == [
                "nij-online-ads.stated-ethnicity", "unodc-sexual-exploitation.ethnicity-ads",
                "nij-online-ads.visible-tattoos", "unodc-sexual-exploitation.few-clothes",
            ])
        for key in keys {
            let indicator = try #require(IndicatorCatalog.indicator(key))
            #expect(indicator.note != nil, "a characteristic always carries its caution")
            #expect(indicator.checklistText.contains("characteristic, never in a referral"))
        }
        #expect(
            IndicatorCatalog.predictive([
                IndicatorChoice(key: "nij-online-ads.stated-ethnicity", reason: "says Latina"),
                IndicatorChoice(key: "nij-online-ads.movement-language", reason: "new in town"),
            ]).isEmpty)
    }

    @Test("coercion: force, control and debt point to it; ethnicity in ads or fear alone do not")
    func coercion() {
        #expect(IndicatorCatalog.suggestsCoercion([IndicatorChoice(key: "unodc-general.debt-bondage", reason: "x")]))
        #expect(
            IndicatorCatalog.suggestsCoercion([
                IndicatorChoice(key: "unodc-sexual-exploitation.ownership-marks", reason: "brand on the wrist")
            ]))
        #expect(
            !IndicatorCatalog.suggestsCoercion([
                IndicatorChoice(key: "unodc-sexual-exploitation.ethnicity-ads", reason: "x"),
                IndicatorChoice(key: "unodc-general.fear-anxiety", reason: "x"),
                IndicatorChoice(key: "nij-online-ads.movement-language", reason: "new in town"),
            ]))
        #expect(!IndicatorCatalog.suggestsCoercion([IndicatorChoice(key: "unknown", reason: "x")]))
    }

    @Test("triage records each indicator with the flagger's own reason; nothing else is accepted")
    func triageValidation() throws {
        let good = TriageRecord(indicators: [
            IndicatorChoice(key: "unodc-general.documents-held", reason: "ad says 'passport kept safe by manager'"),
            IndicatorChoice(key: "nij-online-ads.movement-language", reason: "'new in town'"),
        ])
        #expect(try good.validated(reference: "FD-1") == good)
        #expect(good.warnings.count == 1)
        #expect(good.warnings.first?.contains("70% less likely") == true)

        let cases: [(TriageRecord, WorkflowRefusal.Cause)] = [
            (TriageRecord(indicators: [IndicatorChoice(key: "gut-feeling", reason: "x")]), .invalidValue),
            (
                TriageRecord(indicators: [IndicatorChoice(key: "unodc-general.fear-anxiety", reason: " ")]),
                .reasonRequired
            ),
            (
                TriageRecord(indicators: [
                    IndicatorChoice(key: "unodc-general.fear-anxiety", reason: "a"),
                    IndicatorChoice(key: "unodc-general.fear-anxiety", reason: "b"),
                ]), .invalidValue
            ),
        ]
        for (record, cause) in cases {
            let refusal = try #require(
                throws: WorkflowRefusal.self, performing: { try record.validated(reference: "FD-1") })
            #expect(refusal.cause == cause)
        }
    }

    @Test("an unknown key is quoted safely in the refusal")
    func hostileKey() throws {
        let record = TriageRecord(indicators: [IndicatorChoice(key: "\u{1B}[2Jboom", reason: "x")])
        let refusal = try #require(
            throws: WorkflowRefusal.self, performing: { try record.validated(reference: "FD-1") })
        #expect(!refusal.message.contains("\u{1B}"))
    }
}

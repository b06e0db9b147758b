import ArgumentParser
import FlagdeskCore
import Foundation

/// `flagdesk indicators`: the triage checklist (UNODC, ILO, NIJ), keys for `triage --indicator`.
struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "List the triage indicator checklist (UNODC, ILO, NIJ) with the keys `triage --indicator` takes.",
        discussion: """
            Indicators document what the flagger saw; none of them decides anything. Entries marked \
            'not predictive' or 'counter-indicator' are folklore red flags the evidence does not \
            support (NIJ study); 'characteristic' entries describe the person and never reach a \
            referral. Recording one prints its caution.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        if json {
            Output.json(
                IndicatorCatalog.all.map {
                    IndicatorJSON(
                        key: $0.key, label: $0.label, source: $0.source.title,
                        standing: $0.standing.rawValue, characteristic: $0.isCharacteristic,
                        suggestsCoercion: $0.suggestsCoercion, note: $0.note)
                })
            return
        }
        for source in IndicatorSource.allCases {
            Output.line(source.title)
            for indicator in IndicatorCatalog.all where indicator.source == source {
                Output.line("  \(Output.cell(indicator.key, 44)) \(indicator.checklistText)")
            }
        }
    }
}

private struct IndicatorJSON: Encodable {
    let key: String
    let label: String
    let source: String
    /// "indicator", "non-predictive" or "counter-indicator".
    let standing: String
    /// Describes the person, not exploitation: never printed in a referral.
    let characteristic: Bool
    let suggestsCoercion: Bool
    let note: String?
}

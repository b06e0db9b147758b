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

    func run() throws {
        for source in IndicatorSource.allCases {
            Output.line(source.title)
            for indicator in IndicatorCatalog.all where indicator.source == source {
                Output.line("  \(Output.cell(indicator.key, 44)) \(indicator.checklistText)")
            }
        }
    }
}

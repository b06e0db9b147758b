/// Working days moved by government decree: a bridge day made a rest day (counted like a public
/// holiday: offices are closed) and the Saturday worked for it (counted as a working day). One
/// entry per decree, with its citation; `coverage` says which years are recorded, so a year
/// without a known decree is reported, never guessed.
struct DecreeSchedule: Sendable {
    struct Swap: Sendable {
        /// ISO dates; `worked` is nil when the decree gives a rest day without a Saturday for it.
        let rest: String
        let worked: String?
    }

    let decree: String
    let localRest: String
    let localWorked: String
    let swaps: [Swap]

    var restDays: [HolidayRule] {
        swaps.map { swap in
            let day = CivilDate(iso: swap.rest)!
            return .oneOff(day.year, day.month, day.day, localRest, "Rest day by decree (\(decree))")
        }
    }

    var workingDays: [Holiday] {
        swaps.compactMap { swap in
            swap.worked.flatMap(CivilDate.init(iso:)).map {
                Holiday(date: $0, localName: localWorked, englishName: "Working day by decree (\(decree))")
            }
        }
    }
}

enum DecreedDays {
    /// Munka Törvénykönyve § 102(5): the minister for the economy sets the year's swaps by decree.
    static let hungary: [DecreeSchedule] = [
        DecreeSchedule(
            decree: "11/2024. (IV. 8.) NGM rendelet", localRest: "Pihenőnap", localWorked: "Munkanap",
            swaps: [
                .init(rest: "2025-05-02", worked: "2025-05-17"), .init(rest: "2025-10-24", worked: "2025-10-18"),
                .init(rest: "2025-12-24", worked: "2025-12-13"),
            ]),
        DecreeSchedule(
            decree: "10/2025. (IV. 30.) NGM rendelet", localRest: "Pihenőnap", localWorked: "Munkanap",
            swaps: [
                .init(rest: "2026-01-02", worked: "2026-01-10"), .init(rest: "2026-08-21", worked: "2026-08-08"),
                .init(rest: "2026-12-24", worked: "2026-12-12"),
            ]),
    ]
    static let hungaryCoverage = DecreeCoverage(
        years: 2025...2026, issuer: "the minister's yearly decree (Mt. § 102(5))")

    /// Darba likums Art. 133(4): a Cabinet order, issued by 1 July of the year before, moves a
    /// working day caught between a holiday and a weekend to a Saturday for the institutions the
    /// State budget funds (authorities among them; others are recommended to follow).
    static let latvia: [DecreeSchedule] = [
        DecreeSchedule(
            decree: "MK rīkojums \"Par darba dienu pārcelšanu 2026. gadā\"", localRest: "Pārceltā brīvdiena",
            localWorked: "Pārceltā darba diena",
            swaps: [
                .init(rest: "2026-01-02", worked: "2026-01-17"), .init(rest: "2026-06-22", worked: "2026-06-27"),
            ])
    ]
    static let latviaCoverage = DecreeCoverage(
        years: 2026...2026, issuer: "Cabinet order (Darba likums Art. 133(4))")

    /// Кодекс на труда чл. 154(2): the Council of Ministers moves days off by decision. For the
    /// euro changeover it declared 31 December 2025 and 2 January 2026 days off, with no Saturday
    /// worked for them; no other day was moved in 2025 or 2026.
    static let bulgaria: [DecreeSchedule] = [
        DecreeSchedule(
            decree: "Council of Ministers decision of 19 November 2025 (euro changeover)", localRest: "Неработен ден",
            localWorked: "Работен ден",
            swaps: [.init(rest: "2025-12-31", worked: nil), .init(rest: "2026-01-02", worked: nil)])
    ]
    static let bulgariaCoverage = DecreeCoverage(
        years: 2025...2026, issuer: "Council of Ministers decision (Кодекс на труда чл. 154(2))")
}

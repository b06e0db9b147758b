import FlagdeskCore
import Testing

/// The pattern behind the wish "no contact by telephone or at an address" (issue #15): the usual
/// ways of writing a number or an address are found; dates, times and plain words are not.
@Suite("Telephone numbers and addresses in free text")
struct ContactDetailsTests {
    @Test(arguments: [
        "call her on +32 470 12 34 56", "tel. 0470/12.34.56", "(02) 555 0199 after six", "+40721555019",
        "reach her at 06-12-34-56-78",
    ])
    func telephoneNumbersAreFound(_ text: String) {
        #expect(ContactDetails.find(in: text) == .telephone)
    }

    @Test(arguments: [
        "visit her at Rue Neuve 12, Brussels", "12 rue de la Loi", "Hauptstraße 5, Köln", "221B Baker Street",
        "address: the blue house by the station", "Kerkstraat 44", "via Roma 3",
    ])
    func postalAddressesAreFound(_ text: String) {
        #expect(ContactDetails.find(in: text) == .address)
    }

    @Test(arguments: [
        "through the drop-in centre only, from 2026-05-04; never by phone", "not before 09:00 or after 17:30",
        "never at her address, never by telephone", "only through Marta, her support worker", "3 children, 2 dogs",
    ])
    func datesTimesAndWordsAreNot(_ text: String) {
        #expect(ContactDetails.find(in: text) == nil)
    }
}

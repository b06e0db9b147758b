import Foundation

/// One thing wrong with a directory entry, named by its config field so a loader can point at
/// the line.
public struct DirectoryProblem: Sendable, Equatable {
    /// The field as spelled in config (`source`, `hosts`, `contact.email`).
    public var field: String
    /// Index within an array field (`hosts`, `languages`), when the problem is one element.
    public var element: Int?
    /// What was found, nil when the field is missing.
    public var found: String?
    public var expected: String

    public init(field: String, element: Int? = nil, found: String?, expected: String) {
        self.field = field
        self.element = element
        self.found = found
        self.expected = expected
    }
}

/// Rules every directory entry must meet, wherever it comes from (starter list, config file).
public enum DirectoryValidation {
    /// Keys are slugs: lower-case letters and digits in groups joined by single hyphens.
    public static func isValidKey(_ key: String) -> Bool {
        let groups = key.split(separator: "-", omittingEmptySubsequences: false)
        return !key.isEmpty
            && groups.allSatisfy { group in
                !group.isEmpty
                    && group.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            }
    }

    public static func problems(in provider: Provider) -> [DirectoryProblem] {
        var problems = commonProblems(key: provider.key, name: provider.name)
        if let country = provider.country, ISOCodes.country(country) != country {
            problems.append(DirectoryProblem(field: "country", found: country, expected: countryExpectation))
        }
        for (index, host) in provider.hosts.enumerated() {
            if let problem = HostName.problem(with: host) {
                problems.append(
                    DirectoryProblem(
                        field: "hosts", element: index, found: host,
                        expected: "a host name such as example.com, not \(problem)"))
            }
        }
        for (index, language) in provider.languages.enumerated() where ISOCodes.language(language) != language {
            problems.append(
                DirectoryProblem(
                    field: "languages", element: index, found: language,
                    expected: "an ISO 639-1 code such as en, fr, de"))
        }
        problems += addresseeProblems(provider.euLegalRepresentative, field: "eu_legal_representative")
        problems += addresseeProblems(provider.eevidenceAddressee?.addressee, field: "eevidence_addressee")
        problems += sourceProblems(verified: provider.verified, source: provider.source)
        return problems
    }

    public static func problems(in authority: Authority) -> [DirectoryProblem] {
        var problems = commonProblems(key: authority.key, name: authority.name)
        switch (authority.kind, authority.country) {
        case (.europol, .some(let country)):
            problems.append(
                DirectoryProblem(
                    field: "country", found: country, expected: "no country for Europol (an agency of the Union)"))
        case (.europol, nil):
            break
        case (_, nil):
            problems.append(DirectoryProblem(field: "country", found: nil, expected: countryExpectation))
        case (_, .some(let country)):
            if ISOCodes.country(country) != country {
                problems.append(DirectoryProblem(field: "country", found: country, expected: countryExpectation))
            }
        }
        if let email = authority.contact.email, !WebAddress.isPlausibleEmail(email) {
            problems.append(DirectoryProblem(field: "contact.email", found: email, expected: "an e-mail address"))
        }
        if let url = authority.contact.url, !WebAddress.isPlausibleURL(url) {
            problems.append(DirectoryProblem(field: "contact.url", found: url, expected: "an https:// URL"))
        }
        problems += sourceProblems(verified: authority.verified, source: authority.source)
        return problems
    }

    public static let countryExpectation = "an ISO 3166-1 alpha-2 country code such as IE, FR, DE"

    private static func commonProblems(key: String, name: String) -> [DirectoryProblem] {
        var problems: [DirectoryProblem] = []
        if !isValidKey(key) {
            problems.append(
                DirectoryProblem(
                    field: "key", found: key, expected: "a slug of a-z, 0-9 and single hyphens, e.g. meta-instagram"))
        }
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(DirectoryProblem(field: "name", found: name, expected: "a non-empty name"))
        }
        return problems
    }

    private static func addresseeProblems(_ addressee: Addressee?, field: String) -> [DirectoryProblem] {
        guard let addressee else { return [] }
        var problems: [DirectoryProblem] = []
        if addressee.name.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(
                DirectoryProblem(field: "\(field).name", found: addressee.name, expected: "a non-empty name"))
        }
        if let email = addressee.email, !WebAddress.isPlausibleEmail(email) {
            problems.append(DirectoryProblem(field: "\(field).email", found: email, expected: "an e-mail address"))
        }
        return problems
    }

    /// Contact data marked verified must say where they were verified: an unsourced "verified"
    /// would make a guess look like a checked fact.
    private static func sourceProblems(verified: Bool, source: String?) -> [DirectoryProblem] {
        let hasSource = !(source ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        guard verified, !hasSource else { return [] }
        return [
            DirectoryProblem(
                field: "source", found: nil, expected: "a source (text or URL) for contact data marked verified = true")
        ]
    }
}

import FlagdeskCore

/// The demo desk's sender: a complete, clearly synthetic organisation, so the demo's documents
/// carry every element of the sender's identity (issue #16 defect 13) and are sendable. One
/// table, used both to complete the configuration the demo documents are drafted with and to
/// fill `[organisation]` of the configuration `init --demo` writes.
enum DemoOrganisation {
    /// Config key, value: in the order of config.example.toml's `[organisation]`.
    static let values: [(key: String, value: String)] = [
        ("name", "Demo Hotline (synthetic)"),
        ("legal_form", "asbl"),
        ("country", "BE"),
        ("postal_address", "Rue de la Démo 1\n1000 Bruxelles"),
        ("email", "notices@demo-hotline.example"),
        ("phone", "+32 2 000 00 00"),
        ("signatory", "A. Demo, coordinator"),
    ]
    static let awardingDSC = "BIPT (demo)"
    static let areaOfExpertise = "Trafficking in human beings and sexual exploitation"

    static func value(_ key: String) -> String? { values.first { $0.key == key }?.value }

    /// `organisation` with every empty part taken from the demo organisation.
    static func completing(_ organisation: FlagdeskConfig.Organisation) -> FlagdeskConfig.Organisation {
        var demo = organisation
        demo.name = demo.name ?? value("name")
        demo.legalForm = demo.legalForm ?? value("legal_form")
        demo.country = demo.country ?? value("country")
        demo.postalAddress = demo.postalAddress ?? value("postal_address")
        demo.email = demo.email ?? value("email")
        demo.phone = demo.phone ?? value("phone")
        demo.signatory = demo.signatory ?? value("signatory")
        if demo.trustedFlagger == nil {
            demo.trustedFlagger = FlagdeskConfig.TrustedFlaggerStatus(
                awardingDSC: awardingDSC, areaOfExpertise: areaOfExpertise)
        }
        return demo
    }

    /// The example configuration with its `[organisation]` lines filled in with the demo's (the
    /// commented `#key = ...` lines become `key = ...`), trusted-flagger status included.
    static func configText(from example: String) -> String {
        var lines = example.components(separatedBy: "\n")
        var section = ""
        for index in lines.indices {
            let line = lines[index]
            if line.hasPrefix("[") || line.hasPrefix("#[") {
                section = line
                if line == "#[organisation.trusted_flagger]" {
                    lines[index] = "[organisation.trusted_flagger]"
                    section = lines[index]
                }
                continue
            }
            guard line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { continue }
            let key = line.dropFirst().prefix(upTo: equals).trimmingCharacters(in: .whitespaces)
            if section == "[organisation]", let value = value(key) {
                lines[index] = "\(key) = \(quoted(value))"
            } else if section == "[organisation.trusted_flagger]" {
                if key == "awarding_dsc" { lines[index] = "awarding_dsc = \(quoted(awardingDSC))" }
                if key == "area_of_expertise" { lines[index] = "area_of_expertise = \(quoted(areaOfExpertise))" }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A TOML basic string.
    private static func quoted(_ text: String) -> String {
        "\""
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}

import FlagdeskCore

/// The pickers the triage and add forms share, and the flags they cycle through.
extension Picker {
    static func category(chosen: DSACategory?) -> Picker {
        Picker(
            title: "Category (DSA Transparency Database)", purpose: .category,
            options: DSACategory.allCases.map { .init(key: $0.rawValue, label: $0.label) }, allowsMany: false,
            chosen: Set([chosen?.rawValue].compactMap { $0 }))
    }

    static func contentTypes(chosen: [DSAContentType]) -> Picker {
        Picker(
            title: "Content types", purpose: .contentTypes,
            options: DSAContentType.allCases.map { .init(key: $0.rawValue, label: $0.label) }, allowsMany: true,
            chosen: Set(chosen.map(\.rawValue)))
    }
}

extension CaseIterable where Self: Equatable {
    /// The next value in declaration order, the first after the last (a form's cycling field).
    func cycled() -> Self {
        let all = Array(Self.allCases)
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}

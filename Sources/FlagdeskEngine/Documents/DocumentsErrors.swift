import FlagdeskDocuments

extension EngineError {
    /// The engine error for a failure of the documents module: a refused export is a refusal, a
    /// broken or missing template a configuration problem, a failed write an I/O error.
    init(documents error: any Error, doing what: String) {
        guard let error = error as? DocumentsError else {
            self = .store("\(what): \(error)")
            return
        }
        switch error {
        case .refused(let reason): self = .refused(reason)
        // A language without a template is refused, never replaced by another (issue 16, defect 12).
        case .noTemplate: self = .refused("\(what): \(error.description)")
        case .badTemplate, .shippedTemplatesNotFound, .userTemplatesNotFound:
            self = .configuration("\(what): \(error.description)")
        case .writeFailed: self = .store("\(what): \(error.description)")
        }
    }
}

import FlagdeskCore
import Foundation
import Testing

/// The fuzz targets' seed corpora (`Fuzz/Corpus/<target>/`) and every input that once broke a
/// target (`Fuzz/Regressions/<target>/`), run through the same checks in the normal suite, so a
/// fixed finding stays fixed without a libFuzzer build. Each file starts with the byte the target
/// reads first (a chunk size or width), as in Fuzz/Sources.
@Suite struct FuzzCorpusTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz")

    /// Every input of a target, by file name.
    static func inputs(_ target: String) -> [(name: String, bytes: [UInt8])] {
        ["Corpus", "Regressions"].flatMap { kind -> [(name: String, bytes: [UInt8])] in
            let folder = fuzzFolder.appendingPathComponent(kind).appendingPathComponent(target)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.sorted().compactMap { name in
                (try? Data(contentsOf: folder.appendingPathComponent(name))).map { ("\(kind)/\(name)", Array($0)) }
            }
        }
    }

    struct Outcome: Equatable {
        var records: [ImportRecord] = []
        var error: ImportFileError?
    }

    static func read(_ bytes: ArraySlice<UInt8>, format: ImportFormat, chunkSize: Int) throws -> Outcome {
        var reader = ImportReader(format: format, mapping: .aliases())
        var outcome = Outcome()
        do {
            for start in stride(from: bytes.startIndex, to: bytes.endIndex, by: max(1, chunkSize)) {
                try reader.feed(bytes[start..<min(start + max(1, chunkSize), bytes.endIndex)]) {
                    outcome.records.append($0)
                }
            }
            try reader.finish { outcome.records.append($0) }
        } catch let error as ImportFileError {
            outcome.error = error
        }
        return outcome
    }

    /// The first record (or the error) that differs, for the failure message.
    static func difference(_ whole: Outcome, _ chunked: Outcome) -> String {
        for (a, b) in zip(whole.records, chunked.records) where a != b { return "\(a) vs \(b)" }
        if whole.records.count != chunked.records.count {
            return "\(whole.records.count) records vs \(chunked.records.count)"
        }
        return "\(String(describing: whole.error)) vs \(String(describing: chunked.error))"
    }

    @Test func theCorporaAreThere() {
        for target in ["csv", "json", "config", "url", "template", "sanitizer"] {
            #expect(!Self.inputs(target).isEmpty, "no seed corpus for \(target)")
        }
    }

    @Test func importsReadTheSameWholeAndInChunks() throws {
        for (target, layouts) in [("csv", [ImportFormat.csv]), ("json", [.json, .ndjson])] {
            for input in Self.inputs(target) {
                let choice = input.bytes.first ?? 0
                let format = layouts.count == 1 ? layouts[0] : layouts[Int(choice & 1)]
                let chunkSize = layouts.count == 1 ? Int(choice) + 1 : Int(choice >> 1) + 1
                let file = input.bytes.dropFirst()
                let whole = try Self.read(file, format: format, chunkSize: file.count)
                let chunked = try Self.read(file, format: format, chunkSize: chunkSize)
                #expect(
                    whole == chunked,
                    "\(input.name): chunks of \(chunkSize) read differently: \(Self.difference(whole, chunked))")
                var validator = ImportRowValidator()
                for record in whole.records {
                    if case .failure(let rejection) = validator.validate(record) { #expect(!rejection.reason.isEmpty) }
                }
            }
        }
    }

    @Test func normalisedURLsArePrintableAndStable() {
        for input in Self.inputs("url") {
            guard let url = try? URLNormalizer.normalize(String(decoding: input.bytes, as: UTF8.self)) else { continue }
            #expect(url.normalized.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F }, "\(input.name)")
            #expect((try? URLNormalizer.normalize(url.normalized))?.normalized == url.normalized, "\(input.name)")
        }
    }

    @Test func sanitisedTextHasNoControlsAndFitsItsWidth() {
        for input in Self.inputs("sanitizer") {
            let width = Int(input.bytes.first ?? 0)
            let text = String(decoding: input.bytes.dropFirst(), as: UTF8.self)
            for mode in [SanitizeMode.singleLine, .multiLine] {
                let safe = TerminalSanitizer.sanitize(text, mode: mode)
                let kept = safe.unicodeScalars.filter { scalar in
                    let value = scalar.value
                    let allowed = mode == .multiLine && (scalar == "\n" || scalar == "\t")
                    return !allowed
                        && (value < 0x20 || (0x7F...0x9F).contains(value) || scalar.properties.isBidiControl
                            || value == 0x2028 || value == 0x2029)
                }
                #expect(kept.isEmpty, "\(input.name) (\(mode)) keeps \(kept.map { String($0.value, radix: 16) })")
                #expect(TerminalSanitizer.sanitize(safe, mode: mode) == safe, "\(input.name) (\(mode))")
            }
            let line = TerminalSanitizer.sanitize(text)
            #expect(DisplayWidth.width(of: DisplayWidth.fit(line, toWidth: width)) == width, "\(input.name)")
        }
    }
}

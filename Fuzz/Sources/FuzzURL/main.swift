import FlagdeskCore
import FuzzSupport

/// The URL normaliser: any text gives a normalised URL or a `URLNormalizationError`. An accepted
/// URL is printable ASCII without spaces (punycode hosts, percent-encoding), and normalising it
/// again changes nothing (duplicates are found by comparing normalised forms).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzURL(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: FuzzInput(data, count).rest, as: UTF8.self)
    guard let url = try? URLNormalizer.normalize(text) else { return 0 }
    require(
        url.normalized.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F },
        "normalised URL is not printable ASCII: \(url.normalized.debugDescription)")
    let again: NormalizedURL
    do {
        again = try URLNormalizer.normalize(url.normalized)
    } catch {
        require(false, "\(url.normalized.debugDescription) is refused when normalised again: \(error)")
        return 0
    }
    require(
        again.normalized == url.normalized,
        "not idempotent: \(url.normalized.debugDescription) -> \(again.normalized.debugDescription)")
    _ = URLNormalizer.hostSuffixes(url.host)
    return 0
}

runFuzzer(fuzzURL)

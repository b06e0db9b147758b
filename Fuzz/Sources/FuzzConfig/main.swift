import FlagdeskEngine
import FuzzSupport

/// The config loader: any text gives a configuration or a `ConfigError` naming its problems,
/// never a crash. Text after the first NUL byte is what every `directory_files` entry reads.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzConfig(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var input = FuzzInput(data, count)
    let text = String(decoding: input.piece(until: 0), as: UTF8.self)
    let directoryFile = String(decoding: input.rest, as: UTF8.self)
    do {
        _ = try ConfigLoader.parse(
            text: text, file: "/fuzz/config.toml", environment: ["HOME": "/fuzz/home"],
            readFile: { _ in .text(directoryFile) })
    } catch {
        require(!error.problems.isEmpty, "a ConfigError without problems for \(text.debugDescription)")
        require(!error.description.isEmpty, "a ConfigError without a message")
    }
    return 0
}

runFuzzer(fuzzConfig)

import FlagdeskCore
import FuzzSupport

/// JSON and NDJSON import: the first byte picks the layout and the chunk size, the rest is the file.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var input = FuzzInput(data, count)
    let choice = input.byte()
    let format: ImportFormat = choice & 1 == 0 ? .json : .ndjson
    ImportHarness.check(input.rest, format: format, chunkSize: Int(choice >> 1) + 1)
    return 0
}

runFuzzer(fuzzJSON)

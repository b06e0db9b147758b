import FlagdeskCore
import FuzzSupport

/// CSV import: the first byte picks the chunk size, the rest is the file.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var input = FuzzInput(data, count)
    let chunkSize = Int(input.byte()) + 1
    ImportHarness.check(input.rest, format: .csv, chunkSize: chunkSize)
    return 0
}

runFuzzer(fuzzCSV)

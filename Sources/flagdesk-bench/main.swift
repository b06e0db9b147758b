import Foundation

// flagdesk-bench NAME [options]: runs one named benchmark. Each bench is a type in this folder
// registered in `BenchRegistry.all`; `swift run -c release flagdesk-bench` lists them.
let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, name != "--help", name != "-h" else {
    print(BenchRegistry.usage)
    exit(arguments.isEmpty ? 64 : 0)
}
guard let bench = BenchRegistry.all.first(where: { $0.name == name }) else {
    FileHandle.standardError.write(
        Data("unknown bench '\(BenchArguments.printable(name))'\n\(BenchRegistry.usage)\n".utf8))
    exit(64)
}
do {
    try bench.run(BenchArguments(Array(arguments.dropFirst())))
} catch {
    FileHandle.standardError.write(Data("\(name): \(error)\n".utf8))
    exit(64)
}

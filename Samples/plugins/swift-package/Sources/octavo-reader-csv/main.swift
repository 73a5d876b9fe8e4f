import Foundation
import OctavoCore

// `octavo-reader-csv`: an Octavo reader plug-in (docs/extending.md). With `--describe` it says
// what it reads; otherwise it reads CSV on standard input (its path, or `-`, is the argument)
// and prints the model JSON of a document holding one table, titled after the file.

let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "--describe" {
    print(#"{"protocolVersion": 1, "summary": "CSV tables (sample plug-in, Swift package)", "extensions": ["csv"], "mimeTypes": ["text/csv"]}"#)
    exit(0)
}

let path = arguments.first ?? "-"
let input = FileHandle.standardInput.readDataToEndOfFile()
guard let text = String(data: input, encoding: .utf8) else {
    FileHandle.standardError.write(Data("\(path): not UTF-8 text\n".utf8))
    exit(1)
}
do {
    let title = path == "-" ? nil : URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let document = CSVTable.document(try CSVTable.rows(of: text), title: title)
    FileHandle.standardOutput.write(try ModelJSON.encode(document, pretty: false))
} catch let problem as CSVTable.Problem {
    FileHandle.standardError.write(Data("\(path):\(problem.line): \(problem.message)\n".utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("\(path): \(error)\n".utf8))
    exit(1)
}

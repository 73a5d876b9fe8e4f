import OctavoFuzzing

/// One input: read with the markdown reader, then written with every text writer.
@c(LLVMFuzzerTestOneInput)
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.run(data, size, reader: "markdown")
    return 0
}

FuzzDriver.main(reader: "markdown", fuzzMarkdown)

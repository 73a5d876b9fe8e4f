import OctavoFuzzing

/// One input: read with the html reader, then written with every text writer.
@c(LLVMFuzzerTestOneInput)
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.run(data, size, reader: "html")
    return 0
}

FuzzDriver.main(reader: "html", fuzzHTML)

import OctavoFuzzing

/// One input: read with the json reader, then written with every text writer.
@c(LLVMFuzzerTestOneInput)
public func fuzzModelJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.run(data, size, reader: "json")
    return 0
}

FuzzDriver.main(reader: "json", fuzzModelJSON)

import OctavoFuzzing

/// One input: read with the transcript reader, then written with every text writer.
@c(LLVMFuzzerTestOneInput)
public func fuzzTranscript(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.run(data, size, reader: "transcript")
    return 0
}

FuzzDriver.main(reader: "transcript", fuzzTranscript)

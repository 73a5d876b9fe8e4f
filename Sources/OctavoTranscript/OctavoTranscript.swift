/// The `OctavoTranscript` module. See docs/ and README.md for the formats it provides.
public enum OctavoTranscriptModule {}

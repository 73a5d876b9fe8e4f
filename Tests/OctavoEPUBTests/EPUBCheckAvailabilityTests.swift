import OctavoTestSupport
import Testing

@Suite struct EPUBCheckAvailabilityTests {
    /// `make test` installs epubcheck; every EPUB test relies on it being there.
    @Test func epubcheckIsInstalled() {
        #expect(EPUBCheck.isAvailable, "epubcheck is missing: run 'make deps'")
    }
}

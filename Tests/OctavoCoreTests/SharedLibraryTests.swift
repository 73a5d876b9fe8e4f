import OctavoCore
import Testing

@Suite struct SharedLibraryTests {
    /// The C library itself: a function looked up by name is called through its C type.
    @Test func looksUpAndCallsAFunction() throws {
        let libc = try SharedLibrary(["libc.so.6", "libSystem.B.dylib"], name: "the C library")
        let length: @convention(c) (UnsafePointer<CChar>) -> Int = try libc.function("strlen")
        #expect(length("octavo") == 6)
    }

    @Test func aMissingLibraryIsAnErrorNamingIt() {
        #expect {
            _ = try SharedLibrary(["libno-such-octavo-library.so.9"], name: "libnothing")
        } throws: { error in
            guard case let OctavoError.missingLibrary(name, _) = error else { return false }
            return name == "libnothing" && "\(error)".hasPrefix("cannot load libnothing (")
        }
    }

    @Test func aMissingFunctionIsAnErrorNamingIt() throws {
        let libc = try SharedLibrary(["libc.so.6", "libSystem.B.dylib"], name: "the C library")
        #expect(throws: OctavoError.missingLibrary(name: "the C library", reason: "it has no function octavo_nothing")) {
            let _: @convention(c) () -> Void = try libc.function("octavo_nothing")
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer's entry point for a program that has its own `main` (SwiftPM links every Linux
/// executable with `--defsym main=<Module>_main`, so libFuzzer's `main` cannot be used).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

public enum FuzzDriver {
    /// Runs libFuzzer with the command line's arguments on `callback`, after checking that the
    /// reader exists in this build, and exits with libFuzzer's status.
    public static func main(reader: String, _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> Never {
        guard FuzzHarness.isAvailable(reader) else {
            print("the '\(reader)' reader is not in this build; nothing to fuzz")
            exit(0)
        }
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
    }
}

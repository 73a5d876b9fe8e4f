#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A C library opened when a format first needs it (`dlopen`), not when the process starts.
///
/// A linked library is loaded, with what it pulls in, by every process before `main`: libzip
/// brings OpenSSL's libcrypto, about 1 ms of each start-up, paid again by every process of a
/// shell loop. OctavoEPUB looks libzip's functions up here instead, so only conversions that
/// write an EPUB load it.
///
///     let libc = try SharedLibrary(["libc.so.6"], name: "the C library")
///     let length: @convention(c) (UnsafePointer<CChar>) -> Int = try libc.function("strlen")
package struct SharedLibrary: @unchecked Sendable {
    /// What the user would install (`libzip`), for messages.
    private let name: String
    private let handle: UnsafeMutableRawPointer

    /// Opens the first of `fileNames` the dynamic loader finds; throws naming the library if none.
    package init(_ fileNames: [String], name: String) throws(OctavoError) {
        var reason = "not found"
        for fileName in fileNames {
            if let handle = dlopen(fileName, RTLD_NOW | RTLD_LOCAL) {
                self.handle = handle
                self.name = name
                return
            }
            if let message = dlerror() { reason = String(cString: message) }
        }
        throw OctavoError.missingLibrary(name: name, reason: reason)
    }

    /// The function `symbol`, as the C function type `F`: a `@convention(c)` type that must match
    /// the library's header (take it from the header, as `CLibZip`'s `shim.h` does).
    package func function<F>(_ symbol: String) throws(OctavoError) -> F {
        precondition(MemoryLayout<F>.size == MemoryLayout<UnsafeMutableRawPointer>.size, "\(F.self) is not a C function type")
        guard let address = dlsym(handle, symbol) else {
            throw OctavoError.missingLibrary(name: name, reason: "it has no function \(symbol)")
        }
        return unsafeBitCast(address, to: F.self)
    }
}

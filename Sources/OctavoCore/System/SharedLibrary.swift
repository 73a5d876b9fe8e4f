#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A C library opened when a format first needs it (`dlopen`), not when the process starts.
///
/// Linking libxml2 and libzip made every `octavo` process load them and what they pull in (ICU,
/// OpenSSL's libcrypto) before `main`: about 2 ms, a fifth of converting one small Markdown file,
/// and paid again by every process of a shell loop. The modules that wrap them look their
/// functions up here instead, so only conversions that read HTML or write EPUB pay for them.
///
///     let library = try SharedLibrary(["libxml2.so.2", "libxml2.2.dylib"], name: "libxml2")
///     let free: @convention(c) (UnsafeMutableRawPointer?) -> Void = try library.function("xmlFreeDoc")
package struct SharedLibrary: @unchecked Sendable {
    /// What the user would install (`libxml2`), for messages.
    package let name: String
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

    /// The function `symbol`, as the C function type `F` (a `@convention(c)` type that must match
    /// the library's header: nothing can check it).
    package func function<F>(_ symbol: String, as type: F.Type = F.self) throws(OctavoError) -> F {
        precondition(MemoryLayout<F>.size == MemoryLayout<UnsafeMutableRawPointer>.size, "\(F.self) is not a C function type")
        guard let address = dlsym(handle, symbol) else {
            throw OctavoError.missingLibrary(name: name, reason: "it has no function \(symbol)")
        }
        return unsafeBitCast(address, to: F.self)
    }
}

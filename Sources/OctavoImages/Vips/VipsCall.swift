import Foundation
internal import CVips

/// A libvips call that failed, with libvips' own explanation.
struct VipsFailure: Error, Sendable {
    var message: String
}

/// Turns libvips' status codes and its error buffer into Swift errors.
enum VipsCall {
    /// Throws with libvips' message unless `status` is 0.
    static func check(_ status: Int32, _ operation: String) throws(VipsFailure) {
        guard status != 0 else { return }
        throw failure(operation)
    }

    /// A failure of `operation` carrying what libvips reported (and clearing its buffer).
    static func failure(_ operation: String) -> VipsFailure {
        VipsFailure(message: takeErrorMessage() ?? "\(operation) failed")
    }

    /// The first line of libvips' error buffer, which is then cleared; `nil` when it is empty.
    /// The buffer is shared by every thread, so only the first line is taken as this call's.
    static func takeErrorMessage() -> String? {
        guard let copy = vips_error_buffer_copy() else { return nil }
        defer { g_free(copy) }
        let text = String(cString: copy).split(separator: "\n").first.map(String.init) ?? ""
        return text.isEmpty ? nil : text
    }

    /// Calls `body` with an out-pointer for a new image and takes ownership of what it sets.
    static func image(_ operation: String, _ body: (UnsafeMutablePointer<UnsafeMutablePointer<VipsImage>?>) -> Int32) throws(VipsFailure) -> VipsImageHandle {
        var out: UnsafeMutablePointer<VipsImage>?
        let status = body(&out)
        guard status == 0, let out else {
            if let out { g_object_unref(out) }
            throw failure(operation)
        }
        return VipsImageHandle(owning: out)
    }

    /// Calls a `…save_buffer` wrapper and copies the encoded bytes out of libvips' memory.
    static func encoded(_ operation: String, _ body: (UnsafeMutablePointer<UnsafeMutableRawPointer?>, UnsafeMutablePointer<Int>) -> Int32) throws(VipsFailure) -> Data {
        var buffer: UnsafeMutableRawPointer?
        var length = 0
        let status = body(&buffer, &length)
        defer { g_free(buffer) }
        guard status == 0, let buffer else { throw failure(operation) }
        return Data(bytes: buffer, count: length)
    }
}

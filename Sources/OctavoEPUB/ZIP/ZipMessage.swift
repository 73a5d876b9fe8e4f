/// libzip's messages as Swift strings.
enum ZipMessage {
    /// A message from libzip (`zip_strerror`, `zip_error_strerror`), empty if it gave none.
    static func text(_ message: UnsafePointer<CChar>?) -> String { message.map { String(cString: $0) } ?? "" }
}

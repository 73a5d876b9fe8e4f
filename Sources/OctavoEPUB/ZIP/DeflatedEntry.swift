internal import CLibZip
import Foundation

/// One entry deflated ahead of time, on any thread, inside a one-entry archive in memory.
/// ``ZipWriter`` copies its compressed bytes into the book without deflating them again, so
/// chapters can be compressed on every core while the archive itself is written in order.
final class DeflatedEntry: @unchecked Sendable {
    /// The one-entry archive, open read-only. Immutable after `init`; freed in `deinit`.
    let reader: OpaquePointer
    private let libzip: LibZip

    /// Deflates `entry`; `nil` if libzip fails or cannot be loaded (the caller then lets the
    /// archive deflate it, or says why it cannot).
    init?(_ entry: ZipEntry) {
        guard let libzip = try? LibZip.loaded() else { return nil }
        self.libzip = libzip
        var error = zip_error_t()
        libzip.errorInit(&error)
        defer { libzip.errorFini(&error) }
        guard let buffer = libzip.sourceBufferCreate(nil, 0, 0, &error) else { return nil }
        guard let writer = libzip.openFromSource(buffer, ZIP_TRUNCATE, &error) else {
            libzip.sourceFree(buffer)
            return nil
        }
        libzip.sourceKeep(buffer)   // our reference, for reopening after close
        var written = false
        if let copy = malloc(max(entry.data.count, 1)) {
            entry.data.withUnsafeBytes { raw in if let base = raw.baseAddress { memcpy(copy, base, entry.data.count) } }
            if let source = libzip.sourceBuffer(writer, copy, zip_uint64_t(entry.data.count), 1) {
                let index = libzip.fileAdd(writer, "entry", source, 0)
                if index >= 0 {
                    written = libzip.setFileCompression(writer, zip_uint64_t(index), ZIP_CM_DEFLATE, ZipEntry.deflateLevel) == 0
                } else {
                    libzip.sourceFree(source)
                }
            } else {
                free(copy)
            }
        }
        guard written, libzip.close(writer) == 0 else {
            libzip.discard(writer)   // still open: never closed, or closing failed
            libzip.sourceFree(buffer)
            return nil
        }
        // On success the reader takes over our reference to the buffer.
        guard let reader = libzip.openFromSource(buffer, ZIP_RDONLY, &error) else {
            libzip.sourceFree(buffer)
            return nil
        }
        self.reader = reader
    }

    deinit { libzip.discard(reader) }
}

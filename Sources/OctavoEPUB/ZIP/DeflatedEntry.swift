internal import CLibZip
import Foundation

/// One entry deflated ahead of time, on any thread, inside a one-entry archive in memory.
/// ``ZipWriter`` copies its compressed bytes into the book without deflating them again, so
/// chapters can be compressed on every core while the archive itself is written in order.
final class DeflatedEntry: @unchecked Sendable {
    /// The one-entry archive, open read-only. Immutable after `init`; freed in `deinit`.
    let reader: OpaquePointer

    /// Deflates `entry`; `nil` if libzip fails (the caller then lets the archive deflate it).
    init?(_ entry: ZipEntry) {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let buffer = zip_source_buffer_create(nil, 0, 0, &error) else { return nil }
        guard let writer = zip_open_from_source(buffer, ZIP_TRUNCATE, &error) else {
            zip_source_free(buffer)
            return nil
        }
        zip_source_keep(buffer)   // our reference, for reopening after close
        var written = false
        if let copy = malloc(max(entry.data.count, 1)) {
            entry.data.withUnsafeBytes { raw in if let base = raw.baseAddress { memcpy(copy, base, entry.data.count) } }
            if let source = zip_source_buffer(writer, copy, zip_uint64_t(entry.data.count), 1) {
                let index = zip_file_add(writer, "entry", source, 0)
                if index >= 0 {
                    written = zip_set_file_compression(writer, zip_uint64_t(index), ZIP_CM_DEFLATE, ZipEntry.deflateLevel) == 0
                } else {
                    zip_source_free(source)
                }
            } else {
                free(copy)
            }
        }
        guard written, zip_close(writer) == 0 else {
            zip_discard(writer)   // still open: never closed, or closing failed
            zip_source_free(buffer)
            return nil
        }
        // On success the reader takes over our reference to the buffer.
        guard let reader = zip_open_from_source(buffer, ZIP_RDONLY, &error) else {
            zip_source_free(buffer)
            return nil
        }
        self.reader = reader
    }

    deinit { zip_discard(reader) }
}

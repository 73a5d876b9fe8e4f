internal import CLibZip
import Foundation
import OctavoCore

/// Builds a zip archive in memory with libzip: entries in the given order, each stamped with the
/// same DOS time, stored or deflated (by libzip) as asked.
///
/// Every libzip handle lives in a private owner that frees it on every path; libzip status codes
/// become ``OctavoError`` through one funnel.
enum ZipWriter {
    /// The archive holding `entries`, in order, every one dated `modified`.
    static func archive(_ entries: [ZipEntry], modified: DOSDateTime) throws -> Data {
        let archive = try ArchiveHandle()
        for entry in entries { try archive.add(entry, modified: modified) }
        return try archive.finish()
    }
}

/// Owns one in-memory `zip_t` and the buffer source it writes into.
private final class ArchiveHandle {
    private var archive: OpaquePointer?
    private let buffer: OpaquePointer

    init() throws {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let buffer = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw Self.failure("cannot create a buffer", detail: ZipMessage.text(zip_error_strerror(&error)))
        }
        guard let archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error) else {
            zip_source_free(buffer)
            throw Self.failure("cannot open the archive", detail: ZipMessage.text(zip_error_strerror(&error)))
        }
        // The archive now holds one reference; keep our own to read the bytes after closing.
        zip_source_keep(buffer)
        self.buffer = buffer
        self.archive = archive
    }

    deinit {
        if let archive { zip_discard(archive) }
        zip_source_free(buffer)
    }

    /// Adds `entry` under its name, compression method and `modified` time.
    func add(_ entry: ZipEntry, modified: DOSDateTime) throws {
        guard let archive else { throw Self.failure("archive already closed", detail: entry.name) }
        let count = entry.data.count
        // libzip frees this copy (freep = 1) once it has written the entry.
        guard let copy = malloc(max(count, 1)) else { throw Self.failure("out of memory", detail: entry.name) }
        entry.data.withUnsafeBytes { raw in
            if let base = raw.baseAddress { memcpy(copy, base, count) }
        }
        guard let source = zip_source_buffer(archive, copy, zip_uint64_t(count), 1) else {
            free(copy)
            throw failure("cannot add \(entry.name)")
        }
        let index = zip_file_add(archive, entry.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(source)
            throw failure("cannot add \(entry.name)")
        }
        let method: Int32 = entry.compression == .stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE
        let level = entry.compression == .stored ? 0 : ZipEntry.deflateLevel
        try check(zip_set_file_compression(archive, zip_uint64_t(index), method, level), "cannot set compression of \(entry.name)")
        try check(zip_file_set_dostime(archive, zip_uint64_t(index), modified.time, modified.date, 0),
                  "cannot set the time of \(entry.name)")
    }

    /// Writes the central directory and returns the archive's bytes.
    func finish() throws -> Data {
        guard let archive else { throw Self.failure("archive already closed", detail: "") }
        // On failure the archive stays open and `deinit` discards it.
        guard zip_close(archive) == 0 else { throw failure("cannot write the archive") }
        self.archive = nil
        guard zip_source_open(buffer) == 0 else { throw Self.failure("cannot reopen the archive buffer", detail: "") }
        defer { _ = zip_source_close(buffer) }
        guard zip_source_seek(buffer, 0, SEEK_END) == 0 else { throw Self.failure("cannot measure the archive", detail: "") }
        let size = Int(zip_source_tell(buffer))
        guard size >= 0, zip_source_seek(buffer, 0, SEEK_SET) == 0 else {
            throw Self.failure("cannot measure the archive", detail: "")
        }
        var data = Data(count: size)
        let read = data.withUnsafeMutableBytes { raw -> Int64 in
            guard let base = raw.baseAddress else { return 0 }
            return zip_source_read(buffer, base, zip_uint64_t(size))
        }
        guard read == Int64(size) else { throw Self.failure("cannot read the archive back", detail: "") }
        return data
    }

    private func check(_ status: Int32, _ what: String) throws {
        guard status == 0 else { throw failure(what) }
    }

    private func failure(_ what: String) -> OctavoError {
        Self.failure(what, detail: archive.map { ZipMessage.text(zip_strerror($0)) } ?? "")
    }

    private static func failure(_ what: String, detail: String) -> OctavoError {
        .unwritable(file: "EPUB archive", reason: detail.isEmpty ? what : "\(what): \(detail)")
    }
}

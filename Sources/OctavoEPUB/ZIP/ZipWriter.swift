internal import CLibZip
import Foundation
import OctavoCore

/// Builds a zip archive in memory with libzip: entries in the given order, each stamped with the
/// same DOS time, stored or deflated as asked.
///
/// Every libzip handle lives in a private owner that frees it on every path; libzip status codes
/// become ``OctavoError`` through one funnel.
enum ZipWriter {
    /// The archive holding `entries`, in order, every one dated `modified`.
    ///
    /// Deflated entries of at least `parallelThreshold` bytes are compressed beforehand on all
    /// cores (``DeflatedEntry``) and copied in as they are; the bytes are the same either way.
    static func archive(_ entries: [ZipEntry], modified: DOSDateTime, parallelThreshold: Int = 4096) throws -> Data {
        let deflated: [DeflatedEntry?] = ParallelMap.map(entries.count) { index in
            let entry = entries[index]
            guard entry.compression == .deflated, entry.data.count >= parallelThreshold else { return nil }
            return DeflatedEntry(entry)
        }
        let archive = try ArchiveHandle()
        for (entry, ready) in zip(entries, deflated) {
            try archive.add(entry, deflated: ready, modified: modified)
        }
        return try archive.finish()
    }
}

/// Owns one in-memory `zip_t` and the buffer source it writes into.
private final class ArchiveHandle {
    private let libzip: LibZip
    private var archive: OpaquePointer?
    private let buffer: OpaquePointer
    /// Entries compressed ahead of time, kept open until the archive is written.
    private var deflated: [DeflatedEntry] = []

    init() throws {
        let libzip = try LibZip.loaded()
        self.libzip = libzip
        var error = zip_error_t()
        libzip.errorInit(&error)
        defer { libzip.errorFini(&error) }
        guard let buffer = libzip.sourceBufferCreate(nil, 0, 0, &error) else {
            throw Self.failure("cannot create a buffer", detail: LibZip.text(libzip.errorStrerror(&error)))
        }
        guard let archive = libzip.openFromSource(buffer, ZIP_TRUNCATE, &error) else {
            libzip.sourceFree(buffer)
            throw Self.failure("cannot open the archive", detail: LibZip.text(libzip.errorStrerror(&error)))
        }
        // The archive now holds one reference; keep our own to read the bytes after closing.
        libzip.sourceKeep(buffer)
        self.buffer = buffer
        self.archive = archive
    }

    deinit {
        // The archive first: its sources read from the pre-deflated entries, released after this.
        if let archive { libzip.discard(archive) }
        libzip.sourceFree(buffer)
    }

    func add(_ entry: ZipEntry, deflated ready: DeflatedEntry?, modified: DOSDateTime) throws {
        guard let archive else { throw Self.failure("archive already closed", detail: entry.name) }
        if let ready {
            // The compressed bytes as they are: libzip copies rather than deflating again.
            guard let source = libzip.sourceZip(archive, ready.reader, 0, zip_flags_t(ZIP_FL_COMPRESSED), 0, -1) else {
                throw failure("cannot add \(entry.name)")
            }
            deflated.append(ready)
            try addSource(source, entry: entry, modified: modified)
            return
        }
        let count = entry.data.count
        // libzip frees this copy (freep = 1) once it has written the entry.
        guard let copy = malloc(max(count, 1)) else { throw Self.failure("out of memory", detail: entry.name) }
        entry.data.withUnsafeBytes { raw in
            if let base = raw.baseAddress { memcpy(copy, base, count) }
        }
        guard let source = libzip.sourceBuffer(archive, copy, zip_uint64_t(count), 1) else {
            free(copy)
            throw failure("cannot add \(entry.name)")
        }
        try addSource(source, entry: entry, modified: modified)
    }

    /// Adds `source` (owned by libzip from here on) under the entry's name, method and time.
    private func addSource(_ source: OpaquePointer, entry: ZipEntry, modified: DOSDateTime) throws {
        guard let archive else { throw Self.failure("archive already closed", detail: entry.name) }
        let index = libzip.fileAdd(archive, entry.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            libzip.sourceFree(source)
            throw failure("cannot add \(entry.name)")
        }
        let method: Int32 = entry.compression == .stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE
        let level = entry.compression == .stored ? 0 : ZipEntry.deflateLevel
        try check(libzip.setFileCompression(archive, zip_uint64_t(index), method, level), "cannot set compression of \(entry.name)")
        try check(libzip.fileSetDostime(archive, zip_uint64_t(index), modified.time, modified.date, 0),
                  "cannot set the time of \(entry.name)")
    }

    /// Writes the central directory and returns the archive's bytes.
    func finish() throws -> Data {
        guard let archive else { throw Self.failure("archive already closed", detail: "") }
        // On failure the archive stays open and `deinit` discards it.
        guard libzip.close(archive) == 0 else { throw failure("cannot write the archive") }
        self.archive = nil
        guard libzip.sourceOpen(buffer) == 0 else { throw Self.failure("cannot reopen the archive buffer", detail: "") }
        defer { _ = libzip.sourceClose(buffer) }
        guard libzip.sourceSeek(buffer, 0, SEEK_END) == 0 else { throw Self.failure("cannot measure the archive", detail: "") }
        let size = Int(libzip.sourceTell(buffer))
        guard size >= 0, libzip.sourceSeek(buffer, 0, SEEK_SET) == 0 else {
            throw Self.failure("cannot measure the archive", detail: "")
        }
        var data = Data(count: size)
        let read = data.withUnsafeMutableBytes { raw -> Int64 in
            guard let base = raw.baseAddress else { return 0 }
            return libzip.sourceRead(buffer, base, zip_uint64_t(size))
        }
        guard read == Int64(size) else { throw Self.failure("cannot read the archive back", detail: "") }
        return data
    }

    private func check(_ status: Int32, _ what: String) throws {
        guard status == 0 else { throw failure(what) }
    }

    private func failure(_ what: String) -> OctavoError {
        let detail = archive.map { LibZip.text(libzip.strerror($0)) } ?? ""
        return Self.failure(what, detail: detail)
    }

    private static func failure(_ what: String, detail: String) -> OctavoError {
        .unwritable(file: "EPUB archive", reason: detail.isEmpty ? what : "\(what): \(detail)")
    }
}

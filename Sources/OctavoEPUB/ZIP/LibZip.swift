internal import CLibZip
import OctavoCore

/// The libzip functions Octavo calls, looked up when the first EPUB is written (see
/// ``SharedLibrary``): processes that never write an EPUB do not load libzip and libcrypto.
/// Each is named as in C without the `zip_` prefix: `libzip.sourceFree(source)` is
/// `zip_source_free(source)`.
struct LibZip: @unchecked Sendable {
    let close: zip_close_function
    let discard: zip_discard_function
    let errorFini: zip_error_fini_function
    let errorInit: zip_error_init_function
    let errorStrerror: zip_error_strerror_function
    let fclose: zip_fclose_function
    let fileAdd: zip_file_add_function
    let fileSetDostime: zip_file_set_dostime_function
    let fopenIndex: zip_fopen_index_function
    let fread: zip_fread_function
    let getNumEntries: zip_get_num_entries_function
    let openFromSource: zip_open_from_source_function
    let setFileCompression: zip_set_file_compression_function
    let sourceBuffer: zip_source_buffer_function
    let sourceBufferCreate: zip_source_buffer_create_function
    let sourceClose: zip_source_close_function
    let sourceFree: zip_source_free_function
    let sourceKeep: zip_source_keep_function
    let sourceOpen: zip_source_open_function
    let sourceRead: zip_source_read_function
    let sourceSeek: zip_source_seek_function
    let sourceTell: zip_source_tell_function
    let sourceZip: zip_source_zip_function
    let statIndex: zip_stat_index_function
    let statInit: zip_stat_init_function
    let strerror: zip_strerror_function

    /// A message from libzip (`zip_strerror`), empty if it gave none.
    static func text(_ message: UnsafePointer<CChar>?) -> String { message.map { String(cString: $0) } ?? "" }

    /// libzip, opened once, from any thread; or why it could not be.
    static func loaded() throws(OctavoError) -> LibZip { try shared.get() }

    private static let shared = Result { () throws(OctavoError) -> LibZip in
        let library = try SharedLibrary(["libzip.so.4", "libzip.so", "libzip.dylib"], name: "libzip")
        return LibZip(
            close: try library.function("zip_close"),
            discard: try library.function("zip_discard"),
            errorFini: try library.function("zip_error_fini"),
            errorInit: try library.function("zip_error_init"),
            errorStrerror: try library.function("zip_error_strerror"),
            fclose: try library.function("zip_fclose"),
            fileAdd: try library.function("zip_file_add"),
            fileSetDostime: try library.function("zip_file_set_dostime"),
            fopenIndex: try library.function("zip_fopen_index"),
            fread: try library.function("zip_fread"),
            getNumEntries: try library.function("zip_get_num_entries"),
            openFromSource: try library.function("zip_open_from_source"),
            setFileCompression: try library.function("zip_set_file_compression"),
            sourceBuffer: try library.function("zip_source_buffer"),
            sourceBufferCreate: try library.function("zip_source_buffer_create"),
            sourceClose: try library.function("zip_source_close"),
            sourceFree: try library.function("zip_source_free"),
            sourceKeep: try library.function("zip_source_keep"),
            sourceOpen: try library.function("zip_source_open"),
            sourceRead: try library.function("zip_source_read"),
            sourceSeek: try library.function("zip_source_seek"),
            sourceTell: try library.function("zip_source_tell"),
            sourceZip: try library.function("zip_source_zip"),
            statIndex: try library.function("zip_stat_index"),
            statInit: try library.function("zip_stat_init"),
            strerror: try library.function("zip_strerror"))
    }
}

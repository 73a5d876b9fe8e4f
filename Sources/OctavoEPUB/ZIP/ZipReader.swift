internal import CLibZip
import Foundation
import OctavoCore

/// Reads back a zip archive held in memory: its entry names in order, and each entry's bytes.
/// Used to check what ``ZipWriter`` made.
struct ZipReader {
    /// One entry: its name, whether it is stored uncompressed, and its bytes.
    struct Entry: Hashable {
        var name: String
        var isStored: Bool
        var data: Data
    }

    /// Every entry of the archive `data`, in central-directory order.
    static func entries(of data: Data) throws -> [Entry] {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let copy = malloc(max(data.count, 1)) else {
            throw OctavoError.invalidInput(file: nil, line: nil, message: "zip: out of memory")
        }
        data.withUnsafeBytes { raw in if let base = raw.baseAddress { memcpy(copy, base, data.count) } }
        guard let source = zip_source_buffer_create(copy, zip_uint64_t(data.count), 1, &error) else {
            free(copy)
            throw OctavoError.invalidInput(file: nil, line: nil, message: "zip: " + ZipMessage.text(zip_error_strerror(&error)))
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            zip_source_free(source)
            throw OctavoError.invalidInput(file: nil, line: nil, message: "zip: " + ZipMessage.text(zip_error_strerror(&error)))
        }
        defer { zip_discard(archive) }
        var entries: [Entry] = []
        for index in 0..<zip_uint64_t(max(0, zip_get_num_entries(archive, 0))) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(archive, index, 0, &stat) == 0, let name = stat.name,
                  let file = zip_fopen_index(archive, index, 0) else {
                throw OctavoError.invalidInput(file: nil, line: nil, message: "zip: cannot read entry \(index)")
            }
            defer { _ = zip_fclose(file) }
            var bytes = Data(count: Int(stat.size))
            let read = bytes.withUnsafeMutableBytes { raw -> Int64 in
                guard let base = raw.baseAddress else { return 0 }
                return zip_fread(file, base, stat.size)
            }
            guard read == Int64(stat.size) else {
                throw OctavoError.invalidInput(file: nil, line: nil, message: "zip: short read of entry \(index)")
            }
            entries.append(Entry(name: String(cString: name), isStored: stat.comp_method == ZIP_CM_STORE, data: bytes))
        }
        return entries
    }
}

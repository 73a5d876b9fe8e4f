internal import CVips

/// The one owner of a `VipsImage`: released when the handle goes. Never leaves the module.
final class VipsImageHandle {
    let pointer: UnsafeMutablePointer<VipsImage>

    init(owning pointer: UnsafeMutablePointer<VipsImage>) {
        self.pointer = pointer
    }

    deinit { g_object_unref(pointer) }

    var width: Int { Int(vips_image_get_width(pointer)) }
    var height: Int { Int(vips_image_get_height(pointer)) }
    var bands: Int { Int(vips_image_get_bands(pointer)) }
    var hasAlpha: Bool { vips_image_hasalpha(pointer) != 0 }
    /// Pages in the file (frames of an animation), whether or not they were all loaded.
    var pages: Int { Int(vips_image_get_n_pages(pointer)) }
    var pageHeight: Int { Int(vips_image_get_page_height(pointer)) }

    /// Whether the header carries `field` (`exif-data`, `xmp-data`, `palette-bit-depth`…).
    func has(_ field: String) -> Bool { vips_image_get_typeof(pointer, field) != 0 }

    /// Every metadata field name libvips read from the file.
    var fieldNames: [String] {
        guard let names = vips_image_get_fields(pointer) else { return [] }
        defer { g_strfreev(names) }
        var result: [String] = []
        var index = 0
        while let name = names[index] {
            result.append(String(cString: name))
            index += 1
        }
        return result
    }

    /// The pixels, computed now into memory, so that the result can be read more than once
    /// (a sequential pipeline can be read only once, top to bottom).
    func inMemory() throws(VipsFailure) -> VipsImageHandle {
        guard let copy = vips_image_copy_memory(pointer) else { throw VipsCall.failure("copy to memory") }
        return VipsImageHandle(owning: copy)
    }
}

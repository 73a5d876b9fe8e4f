#ifndef OCTAVO_CVIPS_SHIM_H
#define OCTAVO_CVIPS_SHIM_H
#include <vips/vips.h>

// libvips' operations take their optional arguments as a NULL-terminated variadic list, which
// Swift cannot call. Each wrapper below is one such call with fixed arguments; OctavoImages'
// Vips/ folder is the only caller.

static inline void octavo_vips_drop_message(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void) domain; (void) level; (void) message; (void) data;
}

/// libvips' warnings (written to stderr by GLib) are dropped: a library does not print, and
/// what matters of them comes back as the failed call's error.
static inline void octavo_vips_silence_warnings(void) {
    g_log_set_handler("VIPS", (GLogLevelFlags) (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG),
                      octavo_vips_drop_message, NULL);
}

/// The image's header only (pixels are decoded later, top to bottom, if at all).
static inline VipsImage *octavo_vips_open_header(const void *buf, size_t len) {
    return vips_image_new_from_buffer(buf, len, "", "access", VIPS_ACCESS_SEQUENTIAL, NULL);
}

/// Decoded and shrunk to fit `width` × `height` (never enlarged), orientation applied, with
/// every page of an animation when `all_pages`; decode errors and truncation fail.
static inline int octavo_vips_thumbnail(const void *buf, size_t len, VipsImage **out,
                                        int width, int height, int all_pages) {
    return vips_thumbnail_buffer((void *) buf, len, out, width, "height", height,
                                 "size", VIPS_SIZE_DOWN,
                                 "option_string", all_pages ? "n=-1,fail_on=error" : "fail_on=error", NULL);
}

static inline int octavo_vips_jpegsave(VipsImage *in, void **buf, size_t *len, int quality) {
    return vips_jpegsave_buffer(in, buf, len, "Q", quality, "strip", TRUE, "optimize_coding", TRUE, NULL);
}

static inline int octavo_vips_pngsave(VipsImage *in, void **buf, size_t *len, int palette, int compression) {
    return vips_pngsave_buffer(in, buf, len, "strip", TRUE, "palette", palette, "compression", compression, NULL);
}

static inline int octavo_vips_gifsave(VipsImage *in, void **buf, size_t *len) {
    return vips_gifsave_buffer(in, buf, len, "strip", TRUE, NULL);
}

static inline int octavo_vips_webpsave(VipsImage *in, void **buf, size_t *len, int quality) {
    return vips_webpsave_buffer(in, buf, len, "Q", quality, "strip", TRUE, NULL);
}

/// A one-band mask of `text` (Pango markup) set in `font`, wrapped at `width` pixels, centred.
static inline int octavo_vips_text(VipsImage **out, const char *text, const char *font, int width, int dpi) {
    return vips_text(out, text, "font", font, "width", width, "dpi", dpi,
                     "align", VIPS_ALIGN_CENTRE, "wrap", VIPS_TEXT_WRAP_WORD, NULL);
}

/// `sub` laid over `main` with its top left corner at (`x`, `y`).
static inline int octavo_vips_insert(VipsImage *main, VipsImage *sub, VipsImage **out, int x, int y) {
    return vips_insert(main, sub, out, x, y, NULL);
}

/// `in1` where `cond` is set and `in2` elsewhere, mixed in proportion to `cond` (anti-aliasing).
static inline int octavo_vips_blend(VipsImage *cond, VipsImage *in1, VipsImage *in2, VipsImage **out) {
    return vips_ifthenelse(cond, in1, in2, out, "blend", TRUE, NULL);
}

/// A `width` × `height` sRGB image of one colour.
static inline int octavo_vips_solid(VipsImage **out, int width, int height, double red, double green, double blue) {
    VipsImage *black = NULL, *coloured = NULL;
    double a[3] = { 0, 0, 0 }, b[3] = { red, green, blue };
    int status = vips_black(&black, width, height, NULL)
        || vips_linear(black, &coloured, a, b, 3, NULL)
        || vips_cast(coloured, out, VIPS_FORMAT_UCHAR, NULL);
    if (status == 0) vips_image_set_int(*out, "interpretation", VIPS_INTERPRETATION_sRGB);
    if (black) g_object_unref(black);
    if (coloured) g_object_unref(coloured);
    return status;
}

static inline int octavo_vips_crop(VipsImage *in, VipsImage **out, int x, int y, int width, int height) {
    return vips_extract_area(in, out, x, y, width, height, NULL);
}

/// A histogram of `in` with `bins` bins per band (at most three bands).
static inline int octavo_vips_histogram(VipsImage *in, VipsImage **out, int bins) {
    return vips_hist_find_ndim(in, out, "bins", bins, NULL);
}

/// 255 where `in` ≥ `c`, else 0.
static inline int octavo_vips_at_least(VipsImage *in, VipsImage **out, double c) {
    return vips_moreeq_const1(in, out, c, NULL);
}

static inline int octavo_vips_average(VipsImage *in, double *out) {
    return vips_avg(in, out, NULL);
}

static inline int octavo_vips_extract_bands(VipsImage *in, VipsImage **out, int first, int count) {
    return vips_extract_band(in, out, first, "n", count, NULL);
}

static inline int octavo_vips_cast_uchar(VipsImage *in, VipsImage **out) {
    return vips_cast(in, out, VIPS_FORMAT_UCHAR, NULL);
}

static inline int octavo_vips_srgb(VipsImage *in, VipsImage **out) {
    return vips_colourspace(in, out, VIPS_INTERPRETATION_sRGB, NULL);
}

/// `in`'s pages (each `page_height` high) stacked as one multi-page image, shown `delay_ms` apart.
static inline int octavo_vips_set_animation(VipsImage *in, int page_height, int delay_ms) {
    vips_image_set_int(in, "page-height", page_height);
    vips_image_set_int(in, "gif-delay", delay_ms / 10);
    return 0;
}

static inline int octavo_vips_join_vertically(VipsImage **images, int count, VipsImage **out) {
    return vips_arrayjoin(images, out, count, "across", 1, NULL);
}

static inline int octavo_vips_save_suffix(VipsImage *in, const char *suffix, void **buf, size_t *len) {
    return vips_image_write_to_buffer(in, suffix, buf, len, NULL);
}

/// `in` without alpha, composed over white.
static inline int octavo_vips_flatten_white(VipsImage *in, VipsImage **out) {
    double white[3] = { 255, 255, 255 };
    VipsArrayDouble *background = vips_array_double_new(white, 3);
    int status = vips_flatten(in, out, "background", background, NULL);
    vips_area_unref(VIPS_AREA(background));
    return status;
}

/// A test card: a colour gradient of `width` × `height` (with a gradient alpha when `alpha`).
static inline int octavo_vips_gradient(VipsImage **out, int width, int height, int alpha) {
    VipsImage *xy = NULL, *scaled = NULL, *x = NULL, *reverse = NULL, *rgb = NULL, *withAlpha = NULL;
    double a[2] = { 255.0 / width, 255.0 / height }, b[2] = { 0, 0 };
    double a1[1] = { -1 }, b1[1] = { 255 };
    int status = vips_xyz(&xy, width, height, NULL)
        || vips_linear(xy, &scaled, a, b, 2, NULL)
        || vips_extract_band(scaled, &x, 0, NULL)
        || vips_linear(x, &reverse, a1, b1, 1, NULL)
        || vips_bandjoin2(scaled, reverse, &rgb, NULL)
        || (alpha ? vips_bandjoin2(rgb, reverse, &withAlpha, NULL) : 0)
        || vips_cast(alpha ? withAlpha : rgb, out, VIPS_FORMAT_UCHAR, NULL);
    if (status == 0) vips_image_set_int(*out, "interpretation", VIPS_INTERPRETATION_sRGB);
    VipsImage *owned[] = { xy, scaled, x, reverse, rgb, withAlpha };
    for (int i = 0; i < 6; i++) if (owned[i]) g_object_unref(owned[i]);
    return status;
}

/// `in` saved as JPEG with `exif` (a complete EXIF block, "Exif\0\0" first) kept in it.
static inline int octavo_vips_jpegsave_with_exif(VipsImage *in, const void *exif, size_t exif_len, void **buf, size_t *len) {
    VipsImage *copy = NULL;
    if (vips_copy(in, &copy, NULL)) return -1;
    vips_image_set_blob_copy(copy, "exif-data", exif, exif_len);
    int status = vips_jpegsave_buffer(copy, buf, len, "Q", 90, NULL);
    g_object_unref(copy);
    return status;
}

#endif

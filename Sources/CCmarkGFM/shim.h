#ifndef OCTAVO_CCMARKGFM_SHIM_H
#define OCTAVO_CCMARKGFM_SHIM_H
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

/// cmark-gfm's growable buffer (`cmark_strbuf` in its buffer.h, which needs a private header).
typedef struct {
    cmark_mem *mem;
    unsigned char *ptr;
    bufsize_t asize, size;
} octavo_cmark_strbuf;

/// The Unicode case folding cmark-gfm applies to link labels before it compares them; exported
/// by libcmark-gfm and declared in its private utf8.h.
void cmark_utf8proc_case_fold(octavo_cmark_strbuf *dest, const uint8_t *str, bufsize_t len);
#endif

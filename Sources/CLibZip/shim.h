#ifndef OCTAVO_CLIBZIP_SHIM_H
#define OCTAVO_CLIBZIP_SHIM_H
#include <zip.h>

// libzip is not linked: OctavoEPUB opens it on first use (dlopen) and looks up these functions.
// Each type is the header's own, so a lookup cannot get a signature wrong.
#define OCTAVO_FUNCTION_TYPE(name) typedef __typeof__(name) *name##_function;
OCTAVO_FUNCTION_TYPE(zip_close)
OCTAVO_FUNCTION_TYPE(zip_discard)
OCTAVO_FUNCTION_TYPE(zip_error_fini)
OCTAVO_FUNCTION_TYPE(zip_error_init)
OCTAVO_FUNCTION_TYPE(zip_error_strerror)
OCTAVO_FUNCTION_TYPE(zip_fclose)
OCTAVO_FUNCTION_TYPE(zip_file_add)
OCTAVO_FUNCTION_TYPE(zip_file_set_dostime)
OCTAVO_FUNCTION_TYPE(zip_fopen_index)
OCTAVO_FUNCTION_TYPE(zip_fread)
OCTAVO_FUNCTION_TYPE(zip_get_num_entries)
OCTAVO_FUNCTION_TYPE(zip_open_from_source)
OCTAVO_FUNCTION_TYPE(zip_set_file_compression)
OCTAVO_FUNCTION_TYPE(zip_source_buffer)
OCTAVO_FUNCTION_TYPE(zip_source_buffer_create)
OCTAVO_FUNCTION_TYPE(zip_source_close)
OCTAVO_FUNCTION_TYPE(zip_source_free)
OCTAVO_FUNCTION_TYPE(zip_source_keep)
OCTAVO_FUNCTION_TYPE(zip_source_open)
OCTAVO_FUNCTION_TYPE(zip_source_read)
OCTAVO_FUNCTION_TYPE(zip_source_seek)
OCTAVO_FUNCTION_TYPE(zip_source_tell)
OCTAVO_FUNCTION_TYPE(zip_source_zip)
OCTAVO_FUNCTION_TYPE(zip_stat_index)
OCTAVO_FUNCTION_TYPE(zip_stat_init)
OCTAVO_FUNCTION_TYPE(zip_strerror)
#undef OCTAVO_FUNCTION_TYPE
#endif

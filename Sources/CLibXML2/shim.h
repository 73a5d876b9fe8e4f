#ifndef OCTAVO_CLIBXML2_SHIM_H
#define OCTAVO_CLIBXML2_SHIM_H
// libxml2's headers would pull in the system ICU, which clashes with Foundation's bundled
// _FoundationICU on a clean build. Read the version header first and switch ICU off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#endif

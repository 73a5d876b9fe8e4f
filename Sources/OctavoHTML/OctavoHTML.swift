/// The `OctavoHTML` module: `HTMLReader` (libxml2, main-content extraction, metadata) and
/// `HTMLWriter` (clean HTML5 and well-formed XHTML). libxml2 is seen only by `LibXML/`.
public enum OctavoHTMLModule {}

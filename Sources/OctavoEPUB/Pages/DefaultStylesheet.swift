/// The stylesheet used when `--css` gives none: readable defaults that leave fonts and sizes
/// to the reading system.
enum DefaultStylesheet {
    static let css = """
    @namespace epub "http://www.idpf.org/2007/ops";
    /* Octavo default EPUB stylesheet */
    body { margin: 0 5%; line-height: 1.45; }
    h1, h2, h3, h4, h5, h6 { line-height: 1.2; page-break-after: avoid; break-after: avoid; hyphens: none; }
    h1 { font-size: 1.6em; margin: 1em 0 0.5em; }
    h2 { font-size: 1.3em; margin: 1.2em 0 0.4em; }
    h3 { font-size: 1.1em; margin: 1em 0 0.3em; }
    p { margin: 0.6em 0; }
    blockquote { margin: 1em 1.5em; font-style: italic; }
    pre { white-space: pre-wrap; font-size: 0.85em; margin: 1em 0; }
    code { font-family: monospace; font-size: 0.9em; }
    img { max-width: 100%; height: auto; }
    figure { margin: 1em 0; text-align: center; page-break-inside: avoid; break-inside: avoid; }
    figcaption { font-size: 0.9em; font-style: italic; }
    table { border-collapse: collapse; margin: 1em 0; max-width: 100%; }
    th, td { border: 1px solid #999; padding: 0.2em 0.5em; vertical-align: top; }
    th { font-weight: bold; }
    dt { font-weight: bold; }
    dd { margin-left: 1.5em; }
    hr { border: none; border-top: 1px solid #999; margin: 1.5em 20%; }
    section > header { margin-bottom: 1.5em; }
    section > header h1 { margin-bottom: 0.3em; }
    section > header p { margin: 0.1em 0; font-size: 0.9em; color: #555; }
    section > header .byline { font-weight: bold; }
    .footnote-backref { text-decoration: none; }
    .image-placeholder { font-style: italic; }
    .titlepage { text-align: center; margin-top: 20%; }
    .titlepage .title { font-size: 2em; }
    .titlepage .subtitle { font-size: 1.3em; }
    .titlepage .author { font-size: 1.2em; margin-top: 1.5em; }
    .cover { text-align: center; margin: 0; padding: 0; }
    .cover img { max-width: 100%; max-height: 95vh; }
    aside[epub|type~="footnote"], .footnotes { font-size: 0.9em; }
    nav ol { list-style: none; padding-left: 1em; }
    """
}

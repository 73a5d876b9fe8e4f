/// The small stylesheet a standalone page carries when no `--css` is given: a readable measure,
/// system fonts, light and dark schemes, and styles for what the writer emits (tables,
/// footnotes, speaker turns, stage directions, bylines).
enum DefaultStylesheet {
    static let css = """
    :root { color-scheme: light dark; --muted: #666; --rule: #ccc; }
    @media (prefers-color-scheme: dark) { :root { --muted: #aaa; --rule: #444; } }
    html { font-size: 100%; -webkit-text-size-adjust: 100%; }
    body { margin: 0 auto; max-width: 40em; padding: 1.5em 1em; font-family: Georgia, "Times New Roman", serif;
      line-height: 1.55; }
    h1, h2, h3, h4, h5, h6 { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.25;
      margin: 1.6em 0 0.6em; }
    header { margin-bottom: 2em; }
    header h1, header h2 { margin-bottom: 0.3em; }
    .subtitle { font-size: 1.2em; margin-top: 0; }
    .byline, .date, .source { color: var(--muted); margin: 0.2em 0; }
    a { color: inherit; }
    img { max-width: 100%; height: auto; }
    figure { margin: 1.5em 0; }
    figcaption { color: var(--muted); font-size: 0.9em; }
    blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid var(--rule); }
    pre, code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 0.88em; }
    pre { overflow-x: auto; padding: 0.8em; border: 1px solid var(--rule); }
    table { border-collapse: collapse; margin: 1em 0; }
    th, td { border: 1px solid var(--rule); padding: 0.3em 0.6em; }
    hr { border: 0; border-top: 1px solid var(--rule); margin: 2em 0; }
    article + article { margin-top: 3em; border-top: 1px solid var(--rule); padding-top: 1em; }
    nav.toc ul { list-style: none; padding-left: 1.2em; }
    nav.toc > ul { padding-left: 0; }
    .turn { margin: 0.8em 0; }
    .speaker { font-weight: bold; font-variant: small-caps; }
    .stage-direction { color: var(--muted); }
    .line-block { white-space: pre-line; margin: 1em 0; }
    .footnotes { font-size: 0.9em; border-top: 1px solid var(--rule); margin-top: 2em; }
    .footnote-ref a, .footnote-backref { text-decoration: none; }
    """
}

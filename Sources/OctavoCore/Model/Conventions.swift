/// The attribute names and classes that readers and writers agree on.
///
/// A reader that finds a speaker turn, an article boundary or a timestamp records it with these
/// names; writers look for the same names. Keeping them in one place keeps the agreement honest.
public enum Conventions {
    /// Division classes.
    public enum Class {
        /// A division holding one article or chapter of a compilation (its first heading is the title).
        public static let article = "article"
        /// A division holding one speaker's turn.
        public static let turn = "turn"
        /// A span marking a stage direction or an inaudible mark (`(Laughter.)`, `[inaudible]`).
        public static let stageDirection = "stage-direction"
        /// A span or division holding a byline or dateline.
        public static let byline = "byline"
        /// A span holding an inline quotation (HTML `q`).
        public static let quote = "quote"
    }

    /// Attribute keys.
    public enum Key {
        /// On a turn: who speaks (`MS. PSAKI`, `Q`).
        public static let speaker = "speaker"
        /// On a turn or paragraph: the time it starts (`00:12:31`).
        public static let timestamp = "timestamp"
        /// On an article division: its author(s), `; `-separated.
        public static let author = "author"
        /// On an article division: its date.
        public static let date = "date"
        /// On an article division: where it came from (a URL or a publication name).
        public static let source = "source"
        /// On an article division: its site or publication name.
        public static let siteName = "site-name"
        /// On a table cell or heading: the language tag of the content.
        public static let language = "lang"
    }
}

extension Conventions {
    /// The time code a writer shows before a division's text under `--keep-timestamps`
    /// (`[00:12:31]`), or `nil` when there is none or the division's first paragraph already opens
    /// with it (the transcript reader keeps time codes in the text when asked to).
    public static func shownTimestamp(of attributes: Attributes, children: [Block]) -> String? {
        guard let time = attributes[Key.timestamp], !time.isEmpty else { return nil }
        let shown = "[\(time)]"
        switch children.first {
        case let .paragraph(content)?, let .plain(content)?:
            if case let .text(first)? = content.first, first.hasPrefix(shown) { return nil }
        default: break
        }
        return shown
    }
}

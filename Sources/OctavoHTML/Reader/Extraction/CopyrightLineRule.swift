/// A line that only states who owns the rights: `Copyright 2019 Reuters. All rights reserved.`,
/// `© Martin Taylor`, `Image copyright EPA`, `This document is subject to copyright…`. It is
/// the publisher's or the photographer's notice, not the article. A sentence about copyright
/// (`Copyright holders argue…`) and a line of more than ``maximumLength`` characters stay.
struct CopyrightLineRule: BoilerplateRule {
    static let names: Set<String> = ["p", "div", "span", "small", "figcaption", "li", "h5", "h6", "footer", "address"]
    static let maximumLength = 250
    /// A picture's notice (`Image copyright EPA`) is a label and a name: this long at most.
    static let maximumLabelledLength = 80
    /// Signs of a notice that open it (`© 2019 Reuters`, `Copyright (c) 2018`).
    static let signs = ["©", "ⓒ", "(c)"]
    /// Labels of a picture's notice, followed by the holder's name.
    static let labels = ["image copyright", "photo copyright", "picture copyright", "copyright"]
    /// Phrases that make a short line a notice wherever they stand.
    static let phrases = ["all rights reserved", "this document is subject to copyright", "no part may be reproduced",
                          "무단전재", "版权所有", "無断転載", "todos los derechos reservados", "tous droits réservés",
                          "alle rechte vorbehalten", "todos os direitos reservados", "tutti i diritti riservati"]

    func apply(to blocks: TextBlocks, dropped: inout [Bool]) {
        for block in blocks.blocks where block.length <= Self.maximumLength && Self.names.contains(block.name)
            && Self.isNotice(block.text, lowercased: block.lowercased) {
            dropped[block.index] = true
        }
        // A notice in a `span` beside a picture or a caption's block is no text block of its own.
        for (i, text) in blocks.standaloneInlines(named: ["span", "small", "em"], maximumLength: Self.maximumLength, dropped: dropped)
            where Self.isNotice(text) {
            dropped[i] = true
        }
    }

    /// Whether `text` is a copyright notice.
    /// Pieces every notice holds one of: a cheap byte search rules most lines out first.
    static let cues = ["©", "ⓒ", "(c)", "copyright", "rights", "reproduced", "무단전재", "版权所有", "無断転載", "derechos",
                       "droits", "rechte", "direitos", "diritti"]

    static let cueSet = PhraseSet(cues)

    static func isNotice(_ text: String) -> Bool {
        isNotice(text, lowercased: text.lowercased())
    }

    /// ``isNotice(_:)`` with the text's lowercase form at hand.
    static func isNotice(_ text: String, lowercased lower: String) -> Bool {
        guard cueSet.occurs(in: text) else { return false }
        if signs.contains(where: { lower.hasPrefix($0) }) || phrases.contains(where: { lower.contains($0) }) { return true }
        guard let label = labels.first(where: { lower.hasPrefix($0 + " ") }) else { return false }
        let rest = lower.dropFirst(label.count + 1).drop { $0 == " " || $0 == ":" }
        // `Copyright 2019 …`, `Copyright © …`, or a label and a name (`Image copyright EPA`).
        if rest.first?.isNumber == true || signs.contains(where: { rest.hasPrefix($0) }) { return true }
        return label != "copyright" && text.count <= maximumLabelledLength && !rest.contains(".")
    }
}

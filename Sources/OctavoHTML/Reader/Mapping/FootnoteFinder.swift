import Foundation
import OctavoCore

/// Recognises footnote references (`<sup><a href="#fn1">1</a></sup>`, `<a class="footnote-ref">`,
/// `role=doc-noteref`) whose target is an item of a notes list, so the reference becomes a
/// footnote holding the note and the notes list is left out of the body.
struct FootnoteFinder {
    /// Note elements (`li` or similar) by the id a reference points to.
    private var notes: [String: Int] = [:]
    /// The containers of notes (an `ol`, `section.footnotes`) to leave out once used.
    private(set) var noteContainers: Set<Int> = []
    /// Ids of the references found, which back-links in notes point to.
    private(set) var referenceIDs: Set<String> = []

    init(page: HTMLPage, dropped: [Bool]) {
        for i in 0..<page.count where page.isElement(i) && !dropped[i] {
            guard let id = page.attribute(i, "id"), !id.isEmpty else { continue }
            let name = page.name(i)
            guard name == "li" || name == "aside" || name == "div" || name == "p" else { continue }
            let looksLikeNote = ClassHints.matches(id, ["fn", "note"])
                || ClassHints.matches(page.attribute(i, "role") ?? "", ["doc-footnote", "doc-endnote"])
            guard looksLikeNote, let container = page.parent(i) else { continue }
            notes[id] = i
            let containerName = page.name(container)
            if containerName == "ol" || containerName == "ul" {
                let outer = page.parent(container).flatMap { outer -> Int? in
                    return ClassHints.matches(page.classAndID(outer), ["footnote", "endnote", "notes"]) ? outer : nil
                }
                noteContainers.insert(outer ?? container)
            } else {
                noteContainers.insert(i)
            }
        }
    }

    var isEmpty: Bool { notes.isEmpty }

    /// `dropped` with every notes container that a kept reference points into marked, so the
    /// notes appear as footnotes and not a second time as a list.
    mutating func droppingUsedNotes(page: HTMLPage, dropped: [Bool], roots: [Int]) -> [Bool] {
        guard !notes.isEmpty else { return dropped }
        var out = dropped
        for root in roots {
            var stack = [root]
            while let i = stack.popLast() {
                guard !dropped[i], page.isElement(i) else { continue }
                if page.name(i) == "a" || page.name(i) == "sup", let note = target(of: i, page: page) {
                    for element in [i] + page.children(i) + [page.parent(i)].compactMap({ $0 }) {
                        if let id = page.attribute(element, "id"), !id.isEmpty { referenceIDs.insert(id) }
                    }
                    var current: Int? = note
                    while let c = current {
                        if noteContainers.contains(c) { out[c] = true; break }
                        current = page.parent(c)
                    }
                }
                stack.append(contentsOf: page.children(i))
            }
        }
        return out
    }

    /// The note element a reference element (an `a`, or a `sup` holding one) points to.
    func target(of reference: Int, page: HTMLPage) -> Int? {
        guard !notes.isEmpty else { return nil }
        let anchor = page.name(reference) == "a" ? reference : page.children(reference).first { page.name($0) == "a" }
        guard let anchor, let href = page.attribute(anchor, "href"), href.hasPrefix("#") else { return nil }
        guard let note = notes[String(href.dropFirst())] else { return nil }
        let label = page.text(of: anchor)
        let isShort = label.count <= 6
        let marked = page.name(reference) == "sup" || page.name(page.parent(anchor) ?? anchor) == "sup"
            || ClassHints.matches(page.classAndID(anchor), ["footnote", "fnref", "noteref"])
            || (page.attribute(anchor, "role") ?? "") == "doc-noteref"
        return isShort && marked ? note : nil
    }
}

extension ModelBuilder {
    /// A footnote for a reference element, with the note's content (its back-links removed).
    mutating func footnoteReference(_ index: Int, depth: Int) -> Inline? {
        guard let note = footnotes.target(of: index, page: page) else { return nil }
        let label = Whitespace.collapse(page.text(of: index)).trimmingCharacters(in: ["[", "]"])
        var blocks = blockChildren(page.children(note).filter { !isBackLink($0) }, depth: depth + 1)
        let backTargets = footnotes.referenceIDs
        blocks = blocks.map { $0.rewrittenInlines { InlineWhitespace.trimmed(Self.removingBackLinks($0, targets: backTargets)) } }
        endsWithSpace = false
        return .footnote(Footnote(label: label.isEmpty ? nil : label, blocks: blocks))
    }

    private func isBackLink(_ index: Int) -> Bool {
        guard page.name(index) == "a" else { return false }
        let text = page.text(of: index)
        return ClassHints.matches(page.classAndID(index), ["backref", "footnote-back"]) || text == "↩" || text == "↑" || text == "^"
            || (page.attribute(index, "role") ?? "") == "doc-backlink"
    }

    /// `inlines` without links back to a reference (by target id or by their arrow or caret),
    /// and without the emphasis or spans left empty by that.
    private static func removingBackLinks(_ inlines: [Inline], targets: Set<String>) -> [Inline] {
        inlines.compactMap { inline -> Inline? in
            if case let .link(link) = inline, link.destination.hasPrefix("#") {
                let text = Inline.plainText(of: link.content).trimmingWhitespace
                if targets.contains(String(link.destination.dropFirst())) || ["↩", "↩︎", "↑", "^", "⤴"].contains(text) { return nil }
                return inline
            }
            if case let .text(text) = inline, text.trimmingWhitespace == "^" { return nil }
            let rewritten = inline.mappingChildren(blocks: { $0 }, inlines: { removingBackLinks($0, targets: targets) })
            switch rewritten {
            case let .strong(c), let .emphasis(c), let .span(_, c), let .superscript(c):
                return InlineWhitespace.isBlank(c) ? nil : rewritten
            default:
                return rewritten
            }
        }
    }
}

extension Block {
    /// This block with the inlines of its direct inline lists passed through `transform`.
    func rewrittenInlines(_ transform: ([Inline]) -> [Inline]) -> Block {
        mappingChildren(blocks: { $0 }, inlines: transform)
    }
}

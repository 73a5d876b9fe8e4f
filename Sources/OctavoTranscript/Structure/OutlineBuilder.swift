import OctavoCore

/// Builds the model from classified paragraphs: articles (a division per titled section, with
/// the byline as attributes), speaker turns (a division per turn), lists, block quotes, line
/// blocks and paragraphs.
struct OutlineBuilder: Sendable {
    let inlines: InlineBuilder
    let notes: [Int: [(mark: String, text: String)]]
    let articleMode: Bool

    struct Output {
        var blocks: [Block]
        var articleTitles: [String] = []
        var bylines: [Bylines.Byline] = []
        var headingTitles: [String] = []
    }

    private struct Turn { var attributes: Attributes; var blocks: [Block] }
    private struct Article { var attributes: Attributes; var blocks: [Block]; var hasByline = false }

    func build(_ paras: [Para]) -> Output {
        var output = Output(blocks: [])
        var top: [Block] = []
        var article: Article?
        var turn: Turn?
        var listItems: [ListBlock.Item] = []
        var listKind: ListBlock.Kind?
        var quote: [Block] = []

        func emit(_ block: Block) {
            if turn != nil { turn!.blocks.append(block) } else if article != nil { article!.blocks.append(block) } else { top.append(block) }
        }
        func flushList() {
            guard let kind = listKind else { return }
            emit(.list(ListBlock(kind: kind, isTight: true, items: listItems)))
            listItems = []; listKind = nil
        }
        func flushQuote() {
            guard !quote.isEmpty else { return }
            emit(.blockQuote(quote)); quote = []
        }
        func flushTurn() {
            flushList(); flushQuote()
            guard let t = turn else { return }
            turn = nil
            emit(.division(t.attributes, t.blocks))
        }
        func flushArticle() {
            flushTurn()
            guard let a = article else { return }
            article = nil
            top.append(.division(a.attributes, a.blocks))
        }

        func add(_ index: Int, _ built: consuming InlineBuilder.Result) {
            let timestamp = paras[index].timestamp ?? built.timestamp
            if paras[index].speaker == nil, paras[index].kind != .bulletItem, !isOrdered(paras[index].kind) { flushList() }
            if !paras[index].isQuotation { flushQuote() }
            if let speaker = paras[index].speaker {
                flushTurn()
                var attributes = Attributes(classes: [Conventions.Class.turn], pairs: [Conventions.Key.speaker: speaker])
                if let timestamp { attributes.pairs[Conventions.Key.timestamp] = timestamp }
                turn = Turn(attributes: attributes, blocks: built.inlines.isEmpty ? [] : [.paragraph(built.inlines)])
                return
            }
            switch paras[index].kind {
            case .remnant: return
            case let .heading(level):
                flushTurn()
                let title = Inline.plainText(of: built.inlines)
                if level == 1, articleMode {
                    flushArticle()
                    article = Article(attributes: Attributes(classes: [Conventions.Class.article]), blocks: [])
                    output.articleTitles.append(title)
                }
                if level == 1 { output.headingTitles.append(title) }
                emit(.heading(Heading(level: level, content: built.inlines)))
            case .byline:
                guard let byline = Bylines.parse(paras[index].text) else { return }
                if var a = article, !a.hasByline {
                    a.attributes.pairs[Conventions.Key.author] = byline.author
                    if let s = byline.source { a.attributes.pairs[Conventions.Key.source] = s }
                    if let d = byline.date { a.attributes.pairs[Conventions.Key.date] = d }
                    a.hasByline = true
                    article = a
                    output.bylines.append(byline)
                } else {
                    emit(.paragraph([.span(Attributes(classes: [Conventions.Class.byline]), built.inlines)]))
                }
            case .bulletItem, .orderedItem:
                let kind: ListBlock.Kind
                if case let .orderedItem(number, delimiter) = paras[index].kind { kind = .ordered(start: number, delimiter: delimiter) } else { kind = .bullet }
                if let current = listKind, sameKind(current, kind) == false { flushList() }
                if listKind == nil { listKind = kind }
                listItems.append(ListBlock.Item(blocks: [.paragraph(built.inlines)]))
            case .lineBlock:
                let lines = paras[index].lines.map { inlines.build($0).inlines }
                emit(.lineBlock(lines))
            case .thematicBreak:
                flushTurn()
                emit(.thematicBreak)
            case .text:
                guard !built.inlines.isEmpty else { return }
                if paras[index].isQuotation { quote.append(.paragraph(built.inlines)); return }
                if let timestamp {
                    if turn != nil, turn!.blocks.isEmpty, turn!.attributes.pairs[Conventions.Key.timestamp] == nil {
                        turn!.attributes.pairs[Conventions.Key.timestamp] = timestamp
                    } else {
                        emit(.division(Attributes(pairs: [Conventions.Key.timestamp: timestamp]), [.paragraph(built.inlines)]))
                        return
                    }
                }
                emit(.paragraph(built.inlines))
            }
        }
        var allBuilt = buildInlines(paras)
        // By index, each paragraph read where it lies and its inlines moved out: a copy of each
        // (four retains, four releases) cost more than the rest of this loop.
        for index in paras.indices {
            if paras[index].kind == .remnant { continue }
            var built = InlineBuilder.Result(inlines: [])
            swap(&built, &allBuilt[index])
            add(index, built)
        }
        flushArticle()
        flushTurn()
        flushList()
        flushQuote()
        output.blocks = top
        return output
    }

    /// Every paragraph's inlines, in order.
    private func buildInlines(_ paras: [Para]) -> [InlineBuilder.Result] {
        paras.indices.map { index in
            paras[index].kind == .remnant ? InlineBuilder.Result(inlines: [])
                : inlines.build(paras[index].text, notes: notes[index] ?? [])
        }
    }

    private func isOrdered(_ kind: Para.Kind) -> Bool {
        if case .orderedItem = kind { return true }
        return false
    }

    private func sameKind(_ a: ListBlock.Kind, _ b: ListBlock.Kind) -> Bool {
        switch (a, b) {
        case (.bullet, .bullet), (.ordered, .ordered): true
        default: false
        }
    }
}

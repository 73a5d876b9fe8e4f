/// What main-content extraction chose: the elements holding the article and what to leave out.
struct ContentSelection {
    /// Elements whose content is the article, in document order.
    var roots: [Int]
    /// Nodes left out with their subtrees.
    var dropped: [Bool]
    /// A byline found in the markup (and removed from the content), if any.
    var byline: String?
    /// Characters of text kept.
    var length: Int = 0
}

/// A post from a social platform embedded in the article with the platform's own markup: a
/// `blockquote` of class `twitter-tweet`, `instagram-media`, `tiktok-embed`, … holding the post's
/// text (the markup each platform gives every site, so the same everywhere). Articles quote posts
/// this way (reactions, statements); the wrapper the site puts around one often has a
/// `social…` or `…media…` class, which reads like a share bar. An element wrapping such a post
/// is neither stripped for its chrome-like class or id nor cleaned away for its links.
enum EmbeddedPost {
    /// The platforms' embed classes.
    static let classes: Set<String> = ["twitter-tweet", "instagram-media", "tiktok-embed", "reddit-card", "bluesky-embed",
                                       "threads-embed", "mastodon-embed", "fb-xfbml-parse-ignore"]

    /// Whether `i` is, or is a wrapper around, an embedded post: the posts under it hold half its
    /// text or more (a sidebar that happens to show one is still a sidebar).
    static func wraps(_ i: Int, page: HTMLPage, dropped: [Bool], metrics: NodeMetrics) -> Bool {
        var postText: Int32 = 0
        var node = i
        let end = page.tree.lastDescendant(of: i)
        while node <= end {
            if !dropped[node], page.isElement(node), page.name(node) == "blockquote",
               page.attribute(node, "class")?.lowercased().split(separator: " ").contains(where: { classes.contains(String($0)) }) == true {
                postText += metrics.text[node]
                node = page.tree.lastDescendant(of: node) + 1
                continue
            }
            node += 1
        }
        return postText > 0 && postText * 2 >= metrics.text[i]
    }
}

import OctavoCore
import OctavoHTML
/// `nav.xhtml`: the table of contents (nested to the chosen depth) and the landmarks.
enum NavigationDocument {
    struct Landmark { var type: String; var href: String; var title: String }

    static func xhtml(points: [NavPoint], landmarks: [Landmark], language: String, stylesheet: String) -> String {
        var body = "<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\">\n<h1>Contents</h1>\n"
        body += list(points)
        body += "</nav>\n<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>Landmarks</h2>\n<ol>\n"
        for landmark in landmarks {
            body += "<li><a epub:type=\"\(landmark.type)\" href=\"\(e(landmark.href))\">\(e(landmark.title))</a></li>\n"
        }
        body += "</ol>\n</nav>"
        return XHTMLPage.document(title: "Contents", language: language, stylesheet: stylesheet, body: body)
    }

    /// Nested `<ol>` lists, written with an explicit stack.
    private static func list(_ points: [NavPoint]) -> String {
        enum Step { case open(NavPoint), closeItem }
        var x = "<ol>\n"
        var stack: [Step] = points.reversed().map { .open($0) }
        while let step = stack.popLast() {
            switch step {
            case .closeItem:
                x += "</ol>\n</li>\n"
            case let .open(point):
                x += "<li><a href=\"\(e(point.href))\">\(e(point.title))</a>"
                if point.children.isEmpty {
                    x += "</li>\n"
                } else {
                    x += "\n<ol>\n"
                    stack.append(.closeItem)
                    stack += point.children.reversed().map { .open($0) }
                }
            }
        }
        return x + "</ol>\n"
    }

    private static func e(_ text: String) -> String { MarkupEscaping.escaped(text) }
}

import Foundation

/// An image ready for a book.
public struct NormalizedImage: Hashable, Sendable {
    public var data: Data
    public var mediaType: ImageMediaType

    public init(data: Data, mediaType: ImageMediaType) {
        self.data = data
        self.mediaType = mediaType
    }
}

/// Why an image cannot go into a book; the message completes "image X not embedded: …".
public struct ImageProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}

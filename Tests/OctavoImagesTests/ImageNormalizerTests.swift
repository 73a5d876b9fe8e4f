import Foundation
import OctavoCore
@testable import OctavoImages
import OctavoTestSupport
import Testing

/// The normaliser on pictures made with libvips: every format, sizes, metadata, bad input.
@Suite struct ImageNormalizerTests {
    let settings = ImageOptions()

    private func normalized(_ data: Data, _ settings: ImageOptions = ImageOptions()) throws -> NormalizedImage {
        try ImageNormalizer.normalize(data, options: settings).get()
    }

    private func problem(_ data: Data, _ settings: ImageOptions = ImageOptions()) -> String? {
        if case let .failure(problem) = ImageNormalizer.normalize(data, options: settings) { return problem.reason }
        return nil
    }

    @Test(arguments: [(".jpg", ImageMediaType.jpeg), (".png", .png), (".gif", .gif), (".webp", .webp)])
    func coreFormatsKeepTheirType(suffix: String, type: ImageMediaType) throws {
        let image = try normalized(try SampleImage.gradient(width: 300, height: 200, as: suffix))
        #expect(image.mediaType == type)
        #expect(ImageMediaType.sniff(image.data) == type)
        let header = try VipsCodec.header(of: image.data)
        #expect(header.width == 300 && header.height == 200)
    }

    @Test(arguments: [".avif", ".heic", ".tif", ".bmp"])
    func otherFormatsOfPhotographsBecomeJPEG(suffix: String) throws {
        let source = try SampleImage.gradient(width: 320, height: 240, as: suffix)
        #expect(ImageMediaType.sniff(source) == nil)
        let image = try normalized(source)
        #expect(image.mediaType == .jpeg)
        #expect(ImageMediaType.sniff(image.data) == .jpeg)
        let header = try VipsCodec.header(of: image.data)
        #expect(header.width == 320 && header.height == 240)
    }

    @Test(arguments: [".tif", ".avif", ".heic"])
    func otherFormatsWithTransparencyBecomePNG(suffix: String) throws {
        let image = try normalized(try SampleImage.gradient(width: 64, height: 64, alpha: true, as: suffix))
        #expect(image.mediaType == .png)
        #expect(try VipsCodec.header(of: image.data).hasAlpha)
    }

    @Test func fewColoursBecomePNG() throws {
        // 8 × 8 pixels: at most 64 colours, a drawing rather than a photograph.
        let image = try normalized(try SampleImage.gradient(width: 8, height: 8, as: ".bmp"))
        #expect(image.mediaType == .png)
    }

    @Test func largeImagesAreScaledDownToTheBox() throws {
        let wide = try normalized(try SampleImage.gradient(width: 4000, height: 1000, as: ".png"))
        let wideHeader = try VipsCodec.header(of: wide.data)
        #expect(wideHeader.width == 1600 && wideHeader.height == 400)
        var small = ImageOptions()
        small.maxSize = PixelBox(width: 100, height: 100)
        let tall = try normalized(try SampleImage.gradient(width: 300, height: 600, as: ".jpg"), small)
        let tallHeader = try VipsCodec.header(of: tall.data)
        #expect(tallHeader.width == 50 && tallHeader.height == 100)
    }

    @Test func jpegQualityChangesTheSize() throws {
        let source = try SampleImage.gradient(width: 800, height: 600, as: ".png")
        var low = ImageOptions()
        low.jpegQuality = 30
        let tiff = try SampleImage.gradient(width: 800, height: 600, as: ".tif")
        #expect(try normalized(tiff, low).data.count < normalized(tiff).data.count)
        #expect(source.count > 0)
    }

    @Test func exifWithGPSIsRemoved() throws {
        let source = try TestPictures.jpeg(width: 120, height: 80, orientation: 1, gps: true)
        let before = try VipsCodec.header(of: source)
        #expect(before.metadataFields.contains("exif-data"))
        #expect(before.metadataFields.contains { $0.contains("GPSLatitude") })
        let image = try normalized(source)
        let after = try VipsCodec.header(of: image.data)
        #expect(after.metadataFields.isEmpty, "left: \(after.metadataFields)")
        #expect(image.data.range(of: Data("Exif".utf8)) == nil)
    }

    @Test func orientationIsAppliedToThePixels() throws {
        // Orientation 6: stored 200 wide and 100 high, shown turned a quarter clockwise.
        let image = try normalized(try TestPictures.jpeg(width: 200, height: 100, orientation: 6, gps: false))
        let header = try VipsCodec.header(of: image.data)
        #expect(header.width == 100 && header.height == 200)
        #expect(header.metadataFields.isEmpty)
    }

    @Test func picturesThatDifferOnlyInMetadataNormaliseToTheSameBytes() throws {
        let plain = try normalized(try TestPictures.jpeg(width: 120, height: 80, orientation: 1, gps: false))
        let located = try normalized(try TestPictures.jpeg(width: 120, height: 80, orientation: 1, gps: true))
        #expect(plain == located)
    }

    @Test func resultsAreDeterministic() throws {
        let source = try SampleImage.gradient(width: 900, height: 700, as: ".avif")
        #expect(try normalized(source) == normalized(source))
    }

    @Test func animatedGIFsKeepEveryFrame() throws {
        let source = try SampleImage.animatedGIF(width: 40, height: 30, frames: 3)
        #expect(try VipsCodec.header(of: source).pages == 3)
        let image = try normalized(source)
        #expect(image.mediaType == .gif)
        let header = try VipsCodec.header(of: image.data)
        #expect(header.pages == 3)
        #expect(header.width == 40)
    }

    @Test func keptOriginalsAreUntouchedButOtherFormatsStillConvert() throws {
        var keep = ImageOptions()
        keep.keepOriginals = true
        let jpeg = try TestPictures.jpeg(width: 3000, height: 100, orientation: 1, gps: true)
        #expect(try normalized(jpeg, keep).data == jpeg)
        let tiff = try SampleImage.gradient(width: 50, height: 50, as: ".tif")
        #expect(try normalized(tiff, keep).mediaType == .jpeg)
    }

    @Test func aPNGBombIsRefusedFromItsHeader() throws {
        let bomb = try TestPictures.pngBomb(width: 50_000, height: 50_000)
        #expect(bomb.count < 2000)
        let reason = try #require(problem(bomb))
        #expect(reason.contains("50000x50000 pixels"), "\(reason)")
        #expect(reason.contains("over the limit"))
    }

    @Test func aTruncatedJPEGIsRefused() throws {
        let jpeg = try SampleImage.gradient(width: 400, height: 300, as: ".jpg")
        let reason = try #require(problem(jpeg.prefix(jpeg.count / 2)))
        #expect(reason.contains("JPEG"), "\(reason)")
    }

    @Test func bytesThatAreNoImageAreRefused() throws {
        #expect(problem(Data("<html><body>not a picture</body></html>".utf8))?.contains("not an image") == true)
        // PNG's signature, then nothing a PNG decoder accepts.
        let fake = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("garbage that is not a chunk".utf8))
        #expect(problem(fake)?.contains("cannot be read as PNG") == true)
    }

    @Test func svgIsKeptWhenSafeAndRefusedWhenNot() throws {
        let safe = Data(#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"#.utf8)
        #expect(try normalized(safe) == NormalizedImage(data: safe, mediaType: .svg))
        let script = Data(#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.utf8)
        #expect(problem(script)?.contains("script") == true)
        let external = Data(#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://tracker.example/x.png"/></svg>"#.utf8)
        #expect(problem(external)?.contains("external") == true)
        let styled = Data(#"<svg xmlns="http://www.w3.org/2000/svg"><style>rect { fill: url(https://x.example/p) }</style></svg>"#.utf8)
        #expect(problem(styled)?.contains("external") == true)
    }

    @Test(arguments: ["1600x2400", "10X20"])
    func pixelBoxesAreRead(text: String) {
        #expect(PixelBox(text) != nil)
    }

    @Test(arguments: ["1600", "0x10", "-1x5", "axb", "10x20x30", ""])
    func malformedPixelBoxesAreRefused(text: String) {
        #expect(PixelBox(text) == nil)
    }
}

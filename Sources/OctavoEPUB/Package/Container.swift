import OctavoCore
import OctavoHTML
/// `META-INF/container.xml`: where the package document is.
enum Container {
    static func xml(packagePath: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="\(MarkupEscaping.escaped(packagePath))" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>

        """
    }
}

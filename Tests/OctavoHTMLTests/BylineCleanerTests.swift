import Foundation
@testable import OctavoHTML
import OctavoTestSupport
import Testing

/// ``BylineCleaner`` on bylines found on the dev pages (../shared/corpus/readability and
/// ../shared/corpus/extraction), and on the ones it must leave whole.
@Suite struct BylineCleanerTests {
    @Test(.enabled(if: BoilerplateRuleTests.hasCorpus)) func theHeaderGivesTheNameAlone() throws {
        // The page's byline element reads `Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read`.
        #expect(try BoilerplateRuleTests.page("08f79376").metadata.authors == ["Bryan DeArdo"])
    }

    @Test func dropsByAndLabels() {
        #expect(BylineCleaner.clean("By Steven Mufson") == "Steven Mufson")
        #expect(BylineCleaner.clean("By\n\t\t\tScott Cunningham") == "Scott Cunningham")
        #expect(BylineCleaner.clean("by Lucas Nolan") == "Lucas Nolan")
        #expect(BylineCleaner.clean("BY: JANE DOE") == "JANE DOE")
        #expect(BylineCleaner.clean("Written by Haki Benita") == "Haki Benita")
        #expect(BylineCleaner.clean("Текст: Венера Ерофеева") == "Венера Ерофеева")
        #expect(BylineCleaner.clean("Von Anna Autor") == "Anna Autor")
    }

    @Test func endsWhereTheDateHandleOrReadingTimeStarts() {
        #expect(BylineCleaner.clean("Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read") == "Bryan DeArdo")
        #expect(BylineCleaner.clean("Roger Gonzalez @rgonzalezcbs Nov 19, 2019 at 6:46 pm ET • 2 min read") == "Roger Gonzalez")
        #expect(BylineCleaner.clean("Dan Goodin - Apr 16, 2015 8:02 pm UTC") == "Dan Goodin")
        #expect(BylineCleaner.clean("Madeline Fry  | November 18, 2019 12:01 PM Print this article") == "Madeline Fry")
        #expect(BylineCleaner.clean("Detroit News wire services Published 11:11 PM EST Nov 19, 2019") == "Detroit News wire services")
        #expect(BylineCleaner.clean("Carlos Nadalim 23/08/2018 2 comentários Alfabetização, Atividades") == "Carlos Nadalim")
        #expect(BylineCleaner.clean("Sarah Gooding March 9, 2017 13") == "Sarah Gooding")
        #expect(BylineCleaner.clean("Jane Doe • 4 min read") == "Jane Doe")
    }

    @Test func findsADateGluedToTheName() {
        #expect(BylineCleaner.clean("by Lucas Nolan22 Dec 2016651") == "Lucas Nolan")
        #expect(BylineCleaner.clean("Jeff FoustMonday, November 18, 2019") == "Jeff Foust")
    }

    @Test func aDateAloneLeavesNoName() {
        #expect(BylineCleaner.clean("April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm") == "")
        #expect(BylineCleaner.clean("Updated 2 hours ago") == "")
    }

    @Test func dropsSeparatorsAtTheEnds() {
        #expect(BylineCleaner.clean("Nicolas Perriault —") == "Nicolas Perriault")
        #expect(BylineCleaner.clean("| Jane Doe |") == "Jane Doe")
    }

    @Test func dropsARoleAfterAComma() {
        #expect(BylineCleaner.clean("TOM KRISHER, AP Auto Writer") == "TOM KRISHER")
        #expect(BylineCleaner.clean("ROBERT BURNS, AP National Security Writer") == "ROBERT BURNS")
        #expect(BylineCleaner.clean("Jane Doe, Staff Writer") == "Jane Doe")
    }

    @Test func keepsNamesAgenciesAndDegrees() {
        #expect(BylineCleaner.clean("Sandee LaMotte, CNN") == "Sandee LaMotte, CNN")
        #expect(BylineCleaner.clean("Ilana Muhlstein, MS, RDN") == "Ilana Muhlstein, MS, RDN")
        #expect(BylineCleaner.clean("Lisa Kaczke and Trevor J. Mitchell") == "Lisa Kaczke and Trevor J. Mitchell")
        #expect(BylineCleaner.clean("Amy Kuperinsky | NJ Advance Media for NJ.com") == "Amy Kuperinsky | NJ Advance Media for NJ.com")
        #expect(BylineCleaner.clean("Kevin Johnson, Kevin McCoy") == "Kevin Johnson, Kevin McCoy")
        #expect(BylineCleaner.clean("rmb8090") == "rmb8090")
        #expect(BylineCleaner.clean("April Smith") == "April Smith")
        #expect(BylineCleaner.clean("Practical Horseman Editorial Staff") == "Practical Horseman Editorial Staff")
        #expect(BylineCleaner.clean("Mac & i") == "Mac & i")
        #expect(BylineCleaner.clean("個人") == "個人")
        #expect(BylineCleaner.clean("Words") == "Words")
    }
}

import OctavoCore
import Testing

/// Dates as web pages give them, in the forms `dc:date`, a reader and `<time datetime>` need.
@Suite struct ISODateTests {
    @Test func w3cDatesAreKeptOrCutToTheirDay() {
        #expect(ISODate.normalized("2024-03-05") == "2024-03-05")
        #expect(ISODate.normalized("2024-03-05T10:11:12Z") == "2024-03-05T10:11:12Z")
        #expect(ISODate.normalized("2024-03-05 10:11") == "2024-03-05")
        #expect(ISODate.normalized("2019-11-19T18:18:25.828095") == "2019-11-19")
        #expect(ISODate.normalized("2019-11-18 17:19:53 GMT") == "2019-11-18")
        #expect(ISODate.normalized("March 5, 2024") == "2024-03-05")
        #expect(ISODate.normalized("5 March 2024") == "2024-03-05")
        #expect(ISODate.normalized("2024-13-01") == nil)
        #expect(ISODate.normalized("last spring") == nil)
    }

    @Test func theDayOfAPageDate() {
        #expect(ISODate.day("2019-11-20T11:19:29+0000") == "2019-11-20")
        #expect(ISODate.day("2019-11") == "2019-11")
        #expect(ISODate.day("Tue, 19 Nov 2019") == "2019-11-19")
        #expect(ISODate.day("0001-01-01T00:00:00Z") == nil, "a placeholder year is not a date")
        #expect(ISODate.day("11/19/2019") == nil)
        #expect(ISODate.day("2019") == "2019")
        #expect(ISODate.day("2019 was a year") == "2019")
        #expect(ISODate.day("2019-1") == nil, "a month needs two digits")
        #expect(ISODate.day("2019-11-5") == nil)
        #expect(ISODate.day("201") == nil)
        #expect(ISODate.day("20191120") == nil)
    }

    @Test func datetimeValuesHTMLAccepts() {
        #expect(ISODate.isValidDatetime("2019-11-20"))
        #expect(ISODate.isValidDatetime("2019-11-20T11:19:29+0000"))
        #expect(ISODate.isValidDatetime("2019-11-20 06:09:25"))
        #expect(ISODate.isValidDatetime("2023-06-07T20:54:26.829Z"))
        #expect(!ISODate.isValidDatetime("2019-11-19T18:18:25.828095"), "more than three digits of a second")
        #expect(!ISODate.isValidDatetime("2019-11-18 17:19:53 GMT"))
        #expect(!ISODate.isValidDatetime("2019-02-30x"))
    }
}

import Foundation

/// A zip entry's modification time in MS-DOS form (two 16-bit fields, two-second resolution),
/// computed from UTC so that the archive's bytes never depend on the machine's time zone.
struct DOSDateTime: Hashable, Sendable {
    var date: UInt16
    var time: UInt16

    /// The UTC calendar fields of `instant`, clamped to the range DOS dates can hold (1980–2107).
    init(_ instant: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        let year = c.year ?? 1980
        if year < 1980 {
            self.init(year: 1980, month: 1, day: 1, hour: 0, minute: 0, second: 0)
        } else if year > 2107 {
            self.init(year: 2107, month: 12, day: 31, hour: 23, minute: 59, second: 58)
        } else {
            self.init(year: year, month: c.month ?? 1, day: c.day ?? 1,
                      hour: c.hour ?? 0, minute: c.minute ?? 0, second: c.second ?? 0)
        }
    }

    init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        date = UInt16((year - 1980) << 9 | month << 5 | day)
        time = UInt16(hour << 11 | minute << 5 | second / 2)
    }
}

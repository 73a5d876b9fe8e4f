import Foundation
internal import CCurl

/// Runs many requests at once on one libcurl multi handle, driven by a loop on the calling
/// thread: at most 8 connections in all and 2 per host; libcurl queues the rest. A finished
/// request may ask to be run again later (a retry), which the loop schedules.
final class CurlSession {
    private let multi: UnsafeMutableRawPointer

    /// What to do once a request finished: nothing more, or run `request` again after `delay` seconds.
    enum FollowUp {
        case done
        case retry(CurlRequest, after: Double)
    }

    init(maxConnections: Int = 8, maxPerHost: Int = 2) throws(CurlFailure) {
        guard CurlGlobal.ready, let multi = curl_multi_init() else { throw CurlFailure(reason: "libcurl could not start") }
        self.multi = multi
        _ = octavo_multi_setopt_long(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, maxConnections)
        _ = octavo_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, maxPerHost)
    }

    deinit {
        curl_multi_cleanup(multi)
    }

    /// Runs `requests` (each with the caller's id) until every one is done; `finished` is called
    /// on this thread for each result as it comes, and `onBytes` as bodies arrive.
    func run(_ requests: [(id: Int, request: CurlRequest)], budget: ByteBudget, onBytes: @escaping (Int) -> Void,
             finished: (Int, Result<CurlResponse, CurlFailure>) -> FollowUp) {
        let clock = ContinuousClock()
        var active: [UnsafeMutableRawPointer: (id: Int, transfer: CurlTransfer)] = [:]
        var waiting = requests.map { (due: clock.now, id: $0.id, request: $0.request) }
        while !active.isEmpty || !waiting.isEmpty {
            let now = clock.now
            let due = waiting.filter { $0.due <= now }
            waiting.removeAll { $0.due <= now }
            for entry in due {
                do {
                    let transfer = try CurlTransfer(entry.request, budget: budget, onBytes: onBytes)
                    if curl_multi_add_handle(multi, transfer.easy) == CURLM_OK {
                        active[transfer.easy] = (entry.id, transfer)
                    } else {
                        schedule(finished(entry.id, .failure(CurlFailure(reason: "libcurl could not queue the request"))), id: entry.id, into: &waiting)
                    }
                } catch {
                    schedule(finished(entry.id, .failure(error)), id: entry.id, into: &waiting)
                }
            }
            var running: Int32 = 0
            _ = curl_multi_perform(multi, &running)
            var left: Int32 = 0
            while let message = curl_multi_info_read(multi, &left) {
                guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle,
                      let (id, transfer) = active.removeValue(forKey: easy) else { continue }
                let code = message.pointee.data.result
                curl_multi_remove_handle(multi, easy)
                schedule(finished(id, transfer.outcome(code)), id: id, into: &waiting)
            }
            if active.isEmpty && waiting.isEmpty { break }
            let nextDue = waiting.map(\.due).min()
            var wait = active.isEmpty ? 1000 : 100
            if let nextDue {
                let until = clock.now.duration(to: nextDue)
                wait = min(wait, max(0, Int(until.components.seconds * 1000 + until.components.attoseconds / 1_000_000_000_000_000)))
            }
            if wait > 0 { _ = curl_multi_poll(multi, nil, 0, Int32(wait), nil) }
        }
    }

    private func schedule(_ followUp: FollowUp, id: Int, into waiting: inout [(due: ContinuousClock.Instant, id: Int, request: CurlRequest)]) {
        guard case let .retry(request, delay) = followUp else { return }
        waiting.append((ContinuousClock.now + .milliseconds(Int(delay * 1000)), id, request))
    }
}

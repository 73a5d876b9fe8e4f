import Foundation
internal import CCurl

/// One request's libcurl easy handle, and what its callbacks collect. The handle, its header list
/// and its error buffer belong to this object alone and are freed in `deinit`; callbacks reach
/// it through an unretained pointer while ``CurlSession`` keeps it alive.
final class CurlTransfer {
    let request: CurlRequest
    let easy: UnsafeMutableRawPointer
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private let budget: ByteBudget
    private let onBytes: (Int) -> Void

    private(set) var body = Data()
    private var statusLine = ""
    private var headerFields: [String: String] = [:]
    /// Set when the body grew past ``CurlRequest/maxBytes``.
    private(set) var overLimit = false
    /// Set when the run's byte budget ran out during this transfer.
    private(set) var overBudget = false
    /// The address a connection was refused to (private-network rule), if any.
    var refusedAddress: String?

    init(_ request: CurlRequest, budget: ByteBudget, onBytes: @escaping (Int) -> Void) throws(CurlFailure) {
        guard CurlGlobal.ready, let easy = curl_easy_init() else { throw CurlFailure(reason: "libcurl could not start a request") }
        self.request = request
        self.easy = easy
        self.budget = budget
        self.onBytes = onBytes
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        try configure()
    }

    deinit {
        curl_easy_cleanup(easy)
        curl_slist_free_all(headerList)
        errorBuffer.deallocate()
    }

    private func configure() throws(CurlFailure) {
        let me = Unmanaged.passUnretained(self).toOpaque()
        var codes: [CURLcode] = [
            octavo_easy_setopt_string(easy, CURLOPT_URL, request.url),
            octavo_easy_setopt_string(easy, CURLOPT_PROTOCOLS_STR, "http,https"),
            octavo_easy_setopt_string(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"),
            octavo_easy_setopt_long(easy, CURLOPT_FOLLOWLOCATION, 1),
            octavo_easy_setopt_long(easy, CURLOPT_MAXREDIRS, 10),
            // "" asks for every encoding this libcurl decodes (gzip, deflate, brotli).
            octavo_easy_setopt_string(easy, CURLOPT_ACCEPT_ENCODING, ""),
            octavo_easy_setopt_long(easy, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS)),
            octavo_easy_setopt_string(easy, CURLOPT_USERAGENT, request.userAgent),
            octavo_easy_setopt_long(easy, CURLOPT_NOSIGNAL, 1),
            octavo_easy_setopt_long(easy, CURLOPT_TIMEOUT_MS, Self.milliseconds(request.timeout)),
            octavo_easy_setopt_long(easy, CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(request.timeout)),
            // A server that trickles (under one byte a second for the whole timeout) is given up on.
            octavo_easy_setopt_long(easy, CURLOPT_LOW_SPEED_LIMIT, 1),
            octavo_easy_setopt_long(easy, CURLOPT_LOW_SPEED_TIME, max(1, Int(request.timeout.rounded(.up)))),
            octavo_easy_setopt_off(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxBytes)),
            octavo_easy_setopt_pointer(easy, CURLOPT_ERRORBUFFER, errorBuffer),
            octavo_easy_setopt_write(easy, CURLOPT_WRITEFUNCTION, Self.receiveBody),
            octavo_easy_setopt_pointer(easy, CURLOPT_WRITEDATA, me),
            octavo_easy_setopt_write(easy, CURLOPT_HEADERFUNCTION, Self.receiveHeader),
            octavo_easy_setopt_pointer(easy, CURLOPT_HEADERDATA, me),
            octavo_easy_setopt_opensocket(easy, SocketGate.callback),
            octavo_easy_setopt_pointer(easy, CURLOPT_OPENSOCKETDATA, me),
        ]
        for line in request.headers { headerList = curl_slist_append(headerList, line) }
        if let headerList { codes.append(octavo_easy_setopt_pointer(easy, CURLOPT_HTTPHEADER, headerList)) }
        if let failed = codes.first(where: { $0 != CURLE_OK }) {
            throw CurlFailure(reason: "libcurl refused an option: \(String(cString: curl_easy_strerror(failed)))")
        }
    }

    /// The response, or why there is none, once libcurl finished with `code`.
    func outcome(_ code: CURLcode) -> Result<CurlResponse, CurlFailure> {
        guard code == CURLE_OK else { return .failure(CurlFailure(reason: failureReason(code))) }
        var status = 0
        _ = octavo_easy_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &status)
        var effective: UnsafeMutablePointer<CChar>?
        _ = octavo_easy_getinfo_string(easy, CURLINFO_EFFECTIVE_URL, &effective)
        let finalURL = effective.map { String(cString: $0) } ?? request.url
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        let reason = parts.count == 3 ? String(parts[2]) : ""
        return .success(CurlResponse(status: status, reason: reason, finalURL: finalURL, headers: headerFields, body: body))
    }

    private func failureReason(_ code: CURLcode) -> String {
        if overLimit || code == CURLE_FILESIZE_EXCEEDED { return "the response is larger than the limit of \(request.maxBytes) bytes" }
        if overBudget { return "the download budget of this run (\(budget.limit) bytes) is spent" }
        if let refusedAddress {
            return "refused to connect to \(refusedAddress), a loopback, link-local or private address (--allow-private-network allows it)"
        }
        let detail = String(cString: errorBuffer)
        let summary: String
        switch code {
        case CURLE_OPERATION_TIMEDOUT: summary = "timed out (limit \(Self.seconds(request.timeout)) s)"
        case CURLE_TOO_MANY_REDIRECTS: summary = "too many redirects (more than 10)"
        case CURLE_COULDNT_RESOLVE_HOST: summary = "cannot resolve the host name"
        case CURLE_COULDNT_CONNECT: summary = "cannot connect"
        case CURLE_UNSUPPORTED_PROTOCOL: summary = "unsupported URL scheme (only http and https)"
        case CURLE_URL_MALFORMAT: summary = "malformed URL"
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CACERT_BADFILE:
            summary = "TLS error"
        case CURLE_BAD_CONTENT_ENCODING: summary = "the body cannot be decoded"
        default: summary = String(cString: curl_easy_strerror(code))
        }
        return detail.isEmpty || detail == summary ? summary : "\(summary): \(detail)"
    }

    private static func milliseconds(_ seconds: Double) -> Int { max(1, Int((seconds * 1000).rounded())) }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    private static let receiveBody: curl_write_callback = { pointer, size, count, clientData in
        guard let pointer, let clientData else { return 0 }
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(clientData).takeUnretainedValue()
        let length = size * count
        if transfer.body.count + length > transfer.request.maxBytes {
            transfer.overLimit = true
            return 0
        }
        guard transfer.budget.spend(length) else {
            transfer.overBudget = true
            return 0
        }
        transfer.body.append(UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: length)
        transfer.onBytes(length)
        return length
    }

    private static let receiveHeader: curl_write_callback = { pointer, size, count, clientData in
        guard let pointer, let clientData else { return 0 }
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(clientData).takeUnretainedValue()
        let length = size * count
        let line = String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            // A new response (after a redirect or a 100 Continue): only the last one counts.
            transfer.statusLine = line
            transfer.headerFields = [:]
            transfer.body.removeAll()
        } else if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].lowercased()
            transfer.headerFields[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return length
    }
}

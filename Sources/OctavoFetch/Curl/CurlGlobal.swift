internal import CCurl

/// libcurl's process-wide set-up, done once before the first handle is made.
enum CurlGlobal {
    /// Whether `curl_global_init` succeeded; reading it runs the set-up.
    static let ready: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    /// libcurl's version, for the User-Agent's comment and `--version` style reports.
    static var version: String {
        _ = ready
        return String(cString: curl_version())
    }
}

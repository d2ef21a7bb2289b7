import CCurl

/// What the libcurl this process runs on can be trusted with.
enum CurlCapabilities {
    /// Several HTTP/2 streams on one connection. libcurl before 8.2 mishandled data read for one
    /// stream while serving another (the 7.88 series had multiplexing bugs up to corrupted and
    /// stalled downloads), and with Debian 12's 7.88.1 our TLS tests saw a download stall 5 KB
    /// short of its end with eight parallel streams. There each request gets a connection of its
    /// own (still HTTP/2, still reused), which costs a handshake per parallel request and nothing
    /// else: Gmail calls are batched and at most a few run at once.
    static let multiplexesSafely: Bool = {
        // Any age of the struct carries version_num; CURLVERSION_NOW is a macro Swift cannot see.
        guard let info = curl_version_info(CURLVERSION_FIRST) else { return false }
        return info.pointee.version_num >= 0x08_02_00
    }()
}

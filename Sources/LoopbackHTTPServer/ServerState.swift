/// Everything the accept thread, the connection threads and the public API share; only ever
/// touched under the core's mutex.
struct ServerState {
    var stopping = false
    var acceptedConnections = 0
    var requestsServed = 0
    /// Connection id to socket, for every connection whose socket is still open. stop() shuts
    /// down only sockets listed here, and a connection thread unlists its socket before closing
    /// it, so stop() can never hit a descriptor number the kernel has already reused.
    var openSockets: [Int: Int32] = [:]
}

/// Everything the fake remembers, kept as one value so one mutex guards it all and a request
/// sees a consistent world.
struct SandboxState {
    var oauth = OAuthState()
    var faults = FaultInjection()
    /// Requests per route, keyed `"METHOD /path"`, counting failed and unrouted ones too.
    var requestCounts: [String: Int] = [:]
}

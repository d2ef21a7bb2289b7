/// Everything the fake remembers, kept as one value so one mutex guards it all and a request
/// sees a consistent world.
struct SandboxState {
    var oauth = OAuthState()
    var faults = FaultInjection()
    /// Requests per route, keyed `"METHOD /path"` (Gmail paths normalized, see
    /// `SandboxRouter.routeKey`), counting failed, unrouted and batched ones too.
    var requestCounts: [String: Int] = [:]
    /// HTTP requests received; a batch is one.
    var httpRequests = 0
    var mailbox = Mailbox(emailAddress: SandboxSeed.emailAddress)
    var sending = SendingState()
    /// The draft ids of the mailbox's drafts (the messages themselves live in `mailbox`).
    var drafts = DraftRegistry()
    /// Contacts and other contacts, behind the People routes.
    var people = ContactStore()
}

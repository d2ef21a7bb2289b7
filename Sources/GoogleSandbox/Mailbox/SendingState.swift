/// What the fake remembers about messages.send: the account's send-as aliases, and what was
/// sent, for tests to inspect.
struct SendingState {
    /// Lowercased addresses a From may name without being rewritten, besides the account's.
    var sendAsAliases: Set<String> = []
    /// Ids of sent messages, in send order.
    var sentMessageIDs: [String] = []
    /// `json`, `media` or `multipart`: the path of the last send request whose body was read.
    var lastUploadType: String?
}

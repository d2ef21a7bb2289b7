/// The fixed account a seeded `FakeGoogle` knows, so that the sandbox and tests can be
/// configured without asking the fake for anything first.
public struct SandboxSeed: Sendable {
    public static let clientID = "sandbox-client.apps.googleusercontent.com"
    public static let clientSecret = "sandbox-client-secret"
    public static let refreshToken = "1//sandbox-refresh-token"
    /// The account's address: what a Gmail `userId` may say besides `me`.
    public static let emailAddress = "sandbox.user@example.com"

    /// Every scope the product's tools use, as Google spells them in a grant.
    public static let allScopes: [String] = [
        "https://www.googleapis.com/auth/gmail.readonly",
        "https://www.googleapis.com/auth/gmail.send",
        "https://www.googleapis.com/auth/contacts.readonly",
        "https://www.googleapis.com/auth/contacts.other.readonly",
    ]
}

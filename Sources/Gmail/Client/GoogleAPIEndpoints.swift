/// Where the Gmail and People APIs live; tests and the sandbox point these at loopback. Paths
/// `/gmail/v1/...`, `/upload/gmail/v1/...` and `/batch/gmail/v1` hang off `gmailURL`, `/v1/...`
/// off `peopleURL`.
public struct GoogleAPIEndpoints: Sendable, Equatable {
    public var gmailURL: String
    public var peopleURL: String

    public static let google = GoogleAPIEndpoints(
        gmailURL: "https://gmail.googleapis.com", peopleURL: "https://people.googleapis.com")

    public init(gmailURL: String, peopleURL: String) {
        self.gmailURL = gmailURL
        self.peopleURL = peopleURL
    }
}

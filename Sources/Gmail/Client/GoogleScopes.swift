/// The OAuth scopes the tools need, named exactly as `insufficient_scope` reports them.
public enum GoogleScopes {
    public static let gmailReadonly = "https://www.googleapis.com/auth/gmail.readonly"
    public static let gmailSend = "https://www.googleapis.com/auth/gmail.send"
    public static let contactsReadonly = "https://www.googleapis.com/auth/contacts.readonly"
    public static let otherContactsReadonly = "https://www.googleapis.com/auth/contacts.other.readonly"
}

import Foundation
import LoopbackHTTPServer

/// `users.drafts.list` (reference section 2.6): the drafts newest first by their message's
/// internalDate, each as `{id, message: {id, threadId}}`, paged like messages.list (the same
/// digit tokens), `drafts` absent when there are none. `q` is evaluated over the draft
/// messages with the mailbox's search; drafts in spam or trash stay out unless
/// `includeSpamTrash` or the query names them, as for messages.
enum DraftsListRoute {
    static func respond(
        _ request: HTTPServerRequest, mailbox: Mailbox, drafts: DraftRegistry, now: Date
    ) throws(GmailFailure) -> GoogleJSON {
        // drafts.list takes no labelIds; the other parameters are messages.list's.
        let parameters = try MessageListParameters(request)
        let expression = SearchParser.parse(parameters.query ?? "", now: now, accountAddress: mailbox.emailAddress)
        let showsSpamAndTrash = parameters.includeSpamTrash || expression.namesSpamOrTrash
        let matches = mailbox.newestFirst.compactMap { message -> (draftId: String, message: StoredMessage)? in
            guard let draftId = drafts.draftID(ofMessage: message.id),
                showsSpamAndTrash || !message.labelIds.contains(where: { $0 == "SPAM" || $0 == "TRASH" }),
                SearchEvaluator.matches(expression, message)
            else { return nil }
            return (draftId, message)
        }
        let cursor = parameters.cursor?.anchored(in: mailbox)
        let remaining = cursor.map { cursor in matches.filter { cursor.precedes($0.message) } } ?? matches
        let page = remaining.prefix(parameters.pageSize)

        var members: [(String, GoogleJSON)] = []
        if !page.isEmpty {
            let entries = page.map { draft in
                GoogleJSON.object([
                    ("id", .string(draft.draftId)),
                    (
                        "message",
                        .object([("id", .string(draft.message.id)), ("threadId", .string(draft.message.threadId))])
                    ),
                ])
            }
            members.append(("drafts", .array(entries)))
        }
        if remaining.count > page.count, let last = page.last {
            members.append(("nextPageToken", .string(PageToken(after: last.message).text)))
        }
        members.append(("resultSizeEstimate", .integer(matches.count)))
        return .object(members)
    }
}

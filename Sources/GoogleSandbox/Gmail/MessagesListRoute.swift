import Foundation
import LoopbackHTTPServer

/// `users.messages.list` (reference section 2.1): newest first, `{id, threadId}` only, paged
/// by opaque digit tokens, `messages` absent when nothing matches. Spam and trash stay out
/// unless `includeSpamTrash`, a `labelIds` of SPAM or TRASH, or the query names them.
enum MessagesListRoute {
    static func respond(
        _ request: HTTPServerRequest, grant: GmailAuthorization.Grant, mailbox: Mailbox, now: Date
    ) throws(GmailFailure) -> GoogleJSON {
        let parameters = try MessageListParameters(request)
        if parameters.query != nil, grant.isMetadataRestricted { throw .metadataScopeForbidsQuery }
        let matches = self.matches(parameters, in: mailbox, now: now)
        let cursor = parameters.cursor?.anchored(in: mailbox)
        let remaining = cursor.map { cursor in matches.filter(cursor.precedes) } ?? matches
        let page = remaining.prefix(parameters.pageSize)

        var members: [(String, GoogleJSON)] = []
        if !page.isEmpty {
            let references = page.map {
                GoogleJSON.object([("id", .string($0.id)), ("threadId", .string($0.threadId))])
            }
            members.append(("messages", .array(references)))
        }
        if remaining.count > page.count, let last = page.last {
            members.append(("nextPageToken", .string(PageToken(after: last).text)))
        }
        // Gmail's is an estimate; the fake's is exact, which no client may rely on anyway.
        members.append(("resultSizeEstimate", .integer(matches.count)))
        return .object(members)
    }

    private static func matches(_ parameters: MessageListParameters, in mailbox: Mailbox, now: Date) -> [StoredMessage]
    {
        let expression = SearchParser.parse(parameters.query ?? "", now: now, accountAddress: mailbox.emailAddress)
        let isSpamOrTrash: (String) -> Bool = { $0 == "SPAM" || $0 == "TRASH" }
        let showsSpamAndTrash =
            parameters.includeSpamTrash || expression.namesSpamOrTrash
            || parameters.requiredLabels.contains(where: isSpamOrTrash)
        return mailbox.newestFirst.filter { message in
            parameters.requiredLabels.allSatisfy(message.labelIds.contains)
                && (showsSpamAndTrash || !message.labelIds.contains(where: isSpamOrTrash))
                && SearchEvaluator.matches(expression, message)
        }
    }
}

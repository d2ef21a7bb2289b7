import Foundation
import Synchronization

/// Collects the answers of one batch's members, which run concurrently and finish in any
/// order, and hands over the batch's answer (one array, in the members' order) once the last
/// is done. A cancelled member has no entry; a batch left with none is answered with nothing,
/// as JSON-RPC says for a batch of notifications.
final class BatchAnswer: Sendable {
    private struct State {
        var answers: [[Data]?]
        var answered: [RequestKey?]
        var remaining: Int
    }

    private let state: Mutex<State>
    private let complete: @Sendable (_ parts: [Data], _ ids: [RequestKey]) -> Void

    /// - Parameters:
    ///   - slots: how many members will be answered (requests and invalid members).
    ///   - complete: called once, with the array's bytes and the request ids it answers.
    init(slots: Int, complete: @escaping @Sendable (_ parts: [Data], _ ids: [RequestKey]) -> Void) {
        state = Mutex(
            State(
                answers: Array(repeating: nil, count: slots), answered: Array(repeating: nil, count: slots),
                remaining: slots))
        self.complete = complete
    }

    /// Member `slot` is done: `answer` is its object (nil when it was cancelled); `id` is the
    /// request it answers (nil for an invalid member, which nothing owes).
    func finish(slot: Int, id: RequestKey?, answer: [Data]?) {
        let done = state.withLock { state -> State? in
            state.answers[slot] = answer
            state.answered[slot] = answer == nil ? nil : id
            state.remaining -= 1
            return state.remaining == 0 ? state : nil
        }
        guard let done else { return }
        let members = done.answers.compactMap { $0 }
        guard !members.isEmpty else { return }
        complete(Self.array(of: members), done.answered.compactMap { $0 })
    }

    /// One JSON array of the members' answers, in order, as pieces (nothing is copied).
    static func array(of members: [[Data]]) -> [Data] {
        var parts: [Data] = [Data("[".utf8)]
        for (index, member) in members.enumerated() {
            if index > 0 { parts.append(Data(",".utf8)) }
            parts += member
        }
        parts.append(Data("]".utf8))
        return parts
    }
}

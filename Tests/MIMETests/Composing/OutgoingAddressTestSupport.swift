@testable import MIME

/// Shorthands shared by the outgoing-address tests.
enum OutgoingAddressTesting {
    static func mailbox(_ name: String?, _ localPart: String, _ domain: String) -> OutgoingMailbox {
        OutgoingMailbox(displayName: name, localPart: localPart, domain: domain)
    }

    /// The error `parseList` throws for `text`, or nil when it succeeds.
    static func listError(_ text: String) -> AddressInputError? {
        if case .failure(let error) = Result(catching: { () throws(AddressInputError) in
            try OutgoingAddressParser.parseList(text)
        }) {
            return error
        }
        return nil
    }

    static func singleError(_ text: String) -> AddressInputError? {
        if case .failure(let error) = Result(catching: { () throws(AddressInputError) in
            try OutgoingAddressParser.parseSingle(text)
        }) {
            return error
        }
        return nil
    }

    /// Error texts are echoed to the agent and to logs: they must never carry the characters they complain about.
    static func isSafeToEcho(_ error: AddressInputError) -> Bool {
        let unsafe: (Unicode.Scalar) -> Bool = {
            AddressCharacterClass.isLineBreak($0) || AddressCharacterClass.isControl($0)
        }
        return !error.input.unicodeScalars.contains(where: unsafe)
            && !error.reason.unicodeScalars.contains(where: unsafe)
    }
}

import Testing

@testable import MIME

@Suite("AddressHeader")
struct AddressHeaderTests {
    typealias Mailbox = AddressHeader.Mailbox

    @Test func commonForms() {
        let value = """
            "Doe, Jane" <jane@example.com>, =?UTF-8?B?0J/RgNC40LLQtdGC?= <p@example.ru>, bob@example.com, \
            carol@example.com (Carol C), Jane "the boss" Doe <boss@example.com>
            """
        #expect(
            AddressHeader.mailboxes(in: value) == [
                Mailbox(displayName: "Doe, Jane", address: "jane@example.com"),
                Mailbox(displayName: "Привет", address: "p@example.ru"),
                Mailbox(displayName: nil, address: "bob@example.com"),
                Mailbox(displayName: "Carol C", address: "carol@example.com"),
                Mailbox(displayName: "Jane the boss Doe", address: "boss@example.com"),
            ])
    }

    @Test func encodedDisplayNameWithCommaStaysOneMailbox() {
        #expect(
            AddressHeader.mailboxes(in: "=?utf-8?q?M=C3=BCller=2C_Hans?= <h@x.de>, k@x.de") == [
                Mailbox(displayName: "Müller, Hans", address: "h@x.de"),
                Mailbox(displayName: nil, address: "k@x.de"),
            ])
        #expect(
            AddressHeader.mailboxes(in: "\"=?utf-8?q?M=C3=BCller?=\" <m@x.de>") == [
                Mailbox(displayName: "Müller", address: "m@x.de")
            ])
    }

    @Test func groupsEscapesAndEmptyLists() {
        #expect(
            AddressHeader.mailboxes(in: "Team: a@x.com, \"B\" <b@x.com>;, c@x.com") == [
                Mailbox(displayName: nil, address: "a@x.com"),
                Mailbox(displayName: "B", address: "b@x.com"),
                Mailbox(displayName: nil, address: "c@x.com"),
            ])
        #expect(AddressHeader.mailboxes(in: "undisclosed-recipients:;") == [])
        #expect(
            AddressHeader.mailboxes(in: #""A \"nick\" B" <ab@x>"#) == [
                Mailbox(displayName: #"A "nick" B"#, address: "ab@x")
            ])
        #expect(
            AddressHeader.mailboxes(in: "Folded\r\n Name <f@x>") == [
                Mailbox(displayName: "Folded Name", address: "f@x")
            ])
    }
}

import Testing

@testable import MIME

@Suite("Outgoing address domains")
struct AddressDomainTests {
    /// Internationalized domains end to end: the address as typed, and the ASCII domain that goes on the wire.
    static let idnCases: [(input: String, domain: String)] = [
        ("hans@bücher.example", "xn--bcher-kva.example"),
        ("Hans <hans@BÜCHER.Example>", "xn--bcher-kva.example"),
        ("x@münchen.de", "xn--mnchen-3ya.de"),
        ("x@MÜNCHEN.DE", "xn--mnchen-3ya.de"),
        ("x@bu\u{0308}cher.example", "xn--bcher-kva.example"),  // decomposed ü, NFC first
        ("x@例え.テスト", "xn--r8jz45g.xn--zckzah"),
        ("x@例え。テスト", "xn--r8jz45g.xn--zckzah"),  // ideographic full stop
        ("x@例え．テスト", "xn--r8jz45g.xn--zckzah"),  // fullwidth full stop
        ("x@例え｡テスト", "xn--r8jz45g.xn--zckzah"),  // halfwidth ideographic full stop
        ("x@пример.рф", "xn--e1afmkfd.xn--p1ai"),
        ("x@ПРИМЕР.РФ", "xn--e1afmkfd.xn--p1ai"),
        ("x@straße.de", "xn--strae-oqa.de"),
        ("x@δοκιμή.gr", "xn--jxalpdlp.gr"),
        ("x@mail.ñandú.com", "mail.xn--and-6ma2c.com"),
        ("x@1例.com", "xn--1-lb7a.com"),
    ]

    @Test(arguments: idnCases)
    func convertsInternationalizedDomain(input: String, domain: String) throws {
        #expect(try OutgoingAddressParser.parseSingle(input).domain == domain)
    }

    @Test func lowercasesASCIIDomains() throws {
        #expect(try OutgoingAddressParser.parseSingle("Bob@MAIL.Example.ORG").domain == "mail.example.org")
    }

    @Test func literalChecks() {
        #expect(AddressDomainLiteral.isIPv4("0.0.0.0"))
        #expect(AddressDomainLiteral.isIPv4("255.255.255.255"))
        #expect(!AddressDomainLiteral.isIPv4("256.1.1.1"))
        #expect(!AddressDomainLiteral.isIPv4("1.1.1"))
        #expect(!AddressDomainLiteral.isIPv4("1.1.1.1.1"))
        #expect(!AddressDomainLiteral.isIPv4("1..1.1"))
        #expect(!AddressDomainLiteral.isIPv4("1.1.1.1234"))
        #expect(!AddressDomainLiteral.isIPv4("１.1.1.1"))
        #expect(AddressDomainLiteral.isIPv6("::"))
        #expect(AddressDomainLiteral.isIPv6("::1"))
        #expect(AddressDomainLiteral.isIPv6("fe80::"))
        #expect(AddressDomainLiteral.isIPv6("2001:DB8:0:0:0:0:0:1"))
        #expect(AddressDomainLiteral.isIPv6("1:2:3:4:5:6:192.0.2.1"))
        #expect(!AddressDomainLiteral.isIPv6(""))
        #expect(!AddressDomainLiteral.isIPv6("1:2:3:4:5:6:7:8:9"))
        #expect(!AddressDomainLiteral.isIPv6("1::2:3:4:5:6:7:8"))
        #expect(!AddressDomainLiteral.isIPv6(":1:2:3:4:5:6:7"))
        #expect(!AddressDomainLiteral.isIPv6("1:2:3:4:5:6:7:"))
        #expect(!AddressDomainLiteral.isIPv6("192.0.2.1::1"))
        #expect(!AddressDomainLiteral.isIPv6("g::1"))
        #expect(!AddressDomainLiteral.isIPv6("１::1"))
    }
}

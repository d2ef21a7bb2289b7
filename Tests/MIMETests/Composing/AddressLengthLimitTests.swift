import Testing

@testable import MIME

/// Each limit exactly at its value, and one past it.
@Suite("Outgoing address length limits")
struct AddressLengthLimitTests {
    private func letters(_ count: Int) -> String { String(repeating: "a", count: count) }

    /// Labels of 63, 63, 63 and `lastLabel` octets: 192 + lastLabel octets in all.
    private func longDomain(lastLabel: Int) -> String {
        [letters(63), letters(63), letters(63), letters(lastLabel)].joined(separator: ".")
    }

    @Test func localPartOf64Octets() throws {
        #expect(try OutgoingAddressParser.parseSingle("\(letters(64))@example.com").localPart == letters(64))
        let error = OutgoingAddressTesting.listError("\(letters(65))@example.com")
        #expect(error?.kind == .tooLong)
        #expect(error?.reason.contains("65 octets") == true)
    }

    @Test func quotedLocalPartCountsItsQuotes() throws {
        let fits = "\"" + letters(61) + " \""  // 64 octets on the wire
        #expect(try OutgoingAddressParser.parseSingle("\(fits)@example.com").localPart == fits)
        #expect(OutgoingAddressTesting.listError("\"\(letters(62)) \"@example.com")?.kind == .tooLong)
    }

    @Test func labelOf63Octets() throws {
        #expect(try OutgoingAddressParser.parseSingle("a@\(letters(63)).com").domain == "\(letters(63)).com")
        let error = OutgoingAddressTesting.listError("a@\(letters(64)).com")
        #expect(error?.kind == .tooLong)
        #expect(error?.reason.contains("64 octets") == true)
    }

    @Test func internationalizedLabelIsMeasuredAfterConversion() throws {
        // 55 letters and a ü become exactly 63 octets as an A-label; 56 letters make 64.
        let fits = try OutgoingAddressParser.parseSingle("a@\(letters(55))ü.com").domain
        #expect(fits.utf8.count == 63 + 4)
        #expect(fits.hasPrefix("xn--"))
        let error = OutgoingAddressTesting.listError("a@\(letters(56))ü.com")
        #expect(error?.kind == .tooLong)
        #expect(error?.reason.contains("64 octets") == true)
        #expect(OutgoingAddressTesting.listError("a@\(String(repeating: "ü", count: 500)).com")?.kind == .tooLong)
    }

    @Test func domainOf253Octets() throws {
        // No address can carry a 253-octet domain (the address limit is 254), so the domain rule is tested alone.
        #expect(try AddressDomain.wireForm(of: longDomain(lastLabel: 61), in: "test").utf8.count == 253)
        let error = OutgoingAddressTesting.listError("a@\(longDomain(lastLabel: 62))")
        #expect(error?.kind == .tooLong)
        #expect(error?.reason.contains("domain is 254 octets") == true)
    }

    @Test func addressOf254Octets() throws {
        let domain189 = [letters(63), letters(63), letters(61)].joined(separator: ".")
        let fits = "\(letters(64))@\(domain189)"
        #expect(try OutgoingAddressParser.parseSingle(fits).addrSpec.utf8.count == 254)
        let error = OutgoingAddressTesting.listError("\(letters(64))@\(domain189)a")
        #expect(error?.kind == .tooLong)
        #expect(error?.reason.contains("address is 255 octets") == true)
    }
}

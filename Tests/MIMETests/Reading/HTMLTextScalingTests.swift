import Testing

@testable import MIME

/// Inputs that would take minutes with quadratic behaviour; the bounds are for debug builds
/// (release converts 5 MB in a fraction of a second).
@Suite("HTMLText scaling")
struct HTMLTextScalingTests {
    private func measure(_ html: String) -> (String, Duration) {
        var result = ""
        let elapsed = ContinuousClock().measure { result = HTMLText.plainText(fromHTML: html) }
        return (result, elapsed)
    }

    @Test func fiveMegabyteNewsletter() {
        let block = """
            <div class="row"><table><tr><td><p>Hello &amp; welcome, <a href="https://example.com/?a=1&amp;b=2">read \
            more</a></p></td><td><img src="x.png" alt="Pic"></td></tr></table><!-- spacer --><br></div>

            """
        let count = 5_000_000 / block.utf8.count + 1
        let (text, elapsed) = measure(String(repeating: block, count: count))
        let expectedBlock = "Hello & welcome, read more (https://example.com/?a=1&b=2)\n\n[Pic]"
        #expect(text.hasPrefix(expectedBlock + "\n\n" + expectedBlock + "\n"))
        #expect(text.components(separatedBy: "[Pic]").count == count + 1)
        #expect(elapsed < .seconds(30))
    }

    /// A repeated fragment, named by its shape: the test log shows `300000 × "<a"`, not the
    /// 600,000 characters themselves.
    struct Markup: Sendable, CustomTestStringConvertible {
        let prefix: String
        let fragment: String
        let count: Int
        let suffix: String

        init(after prefix: String = "", _ fragment: String, times count: Int, then suffix: String = "") {
            (self.prefix, self.fragment, self.count, self.suffix) = (prefix, fragment, count, suffix)
        }

        var html: String { prefix + String(repeating: fragment, count: count) + suffix }
        var testDescription: String { "\(prefix)\(count) × \"\(fragment)\"\(suffix)" }
    }

    @Test(arguments: [
        Markup("<a", times: 300_000),
        Markup("<a", times: 300_000, then: ">"),
        Markup("</a", times: 300_000),
        Markup(after: "<script>", "</scrip", times: 200_000),
        Markup("<a x=\"", times: 200_000, then: ">"),
        Markup("<!--", times: 300_000),
        Markup("<script>", times: 200_000),
        Markup("<![CDATA[", times: 150_000),
        Markup("&#x", times: 400_000),
        Markup("<p>", times: 300_000, then: "end"),
    ])
    func pathologicalMarkupStaysLinear(_ markup: Markup) {
        let (_, elapsed) = measure(markup.html)
        #expect(elapsed < .seconds(10))
    }
}

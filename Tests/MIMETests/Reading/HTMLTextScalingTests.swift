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

    @Test(arguments: [
        String(repeating: "<a", count: 300_000),
        String(repeating: "<a", count: 300_000) + ">",
        String(repeating: "</a", count: 300_000),
        "<script>" + String(repeating: "</scrip", count: 200_000),
        String(repeating: "<a x=\"", count: 200_000) + ">",
        String(repeating: "<!--", count: 300_000),
        String(repeating: "<script>", count: 200_000),
        String(repeating: "<![CDATA[", count: 150_000),
        String(repeating: "&#x", count: 400_000),
        String(repeating: "<p>", count: 300_000) + "end",
    ])
    func pathologicalMarkupStaysLinear(_ html: String) {
        let (_, elapsed) = measure(html)
        #expect(elapsed < .seconds(10))
    }
}

import Testing

@testable import MIME

@Suite("HTMLText")
struct HTMLTextTests {
    private func text(_ html: String) -> String { HTMLText.plainText(fromHTML: html) }

    @Test func namedAndNumericEntities() {
        let html = """
            <p>Fish &amp; chips &lt;3 &quot;yum&quot; &apos;ok&apos; caf&eacute; &euro;5 &hellip; &#169; \
            &#x1F600; &#150; &nbsp;x&nbsp;&nbsp;y &Omega;&sigmaf; &rarr;</p>
            """
        #expect(text(html) == "Fish & chips <3 \"yum\" 'ok' café €5 … © 😀 – x y Ως →")
    }

    @Test func invalidEntitiesAreLeft() {
        #expect(
            text("&bogus; &#xZZ; &#0; &#x110000; AT&T & more &amp") == "&bogus; &#xZZ; &#0; &#x110000; AT&T & more &")
    }

    @Test func droppedElements() {
        let html = """
            <html><head><title>T</title><style>p{color:red}</style><script>var a = "<p>";</script></head>
            <body><!-- hidden --><p>Visible</p><noscript>no js</noscript><template><p>tpl</p></template></body></html>
            """
        #expect(text(html) == "Visible")
    }

    @Test func headWithoutEndTagDoesNotSwallowTheBody() {
        #expect(text("<head><meta charset=\"utf-8\"><p>Hello</p>") == "Hello")
        #expect(text("<head><title>x</title>Hello") == "Hello")
    }

    @Test func unclosedScriptKeepsWhatFollows() {
        #expect(text("<style>p{} <p>Text") == "p{}\n\nText")
    }

    @Test func blocksAndBreaks() {
        let html = "<div>One</div><div>Two<br>Three</div><p>Para</p><h1>Title</h1>After"
        #expect(text(html) == "One\nTwo\nThree\n\nPara\n\nTitle\n\nAfter")
    }

    @Test func atMostOneBlankLine() {
        #expect(text("<p>a</p><br><br><br><p>b</p>") == "a\n\nb")
        #expect(text("a<br>b<br><br>c") == "a\nb\n\nc")
        #expect(text("<div><div><div>deep</div></div></div><div>next</div>") == "deep\nnext")
    }

    @Test func lists() {
        let html = "<ul><li>Apples</li><li>Pears<ul><li>Green</li></ul></li></ul><ol><li>First</li></ol>"
        #expect(text(html) == "- Apples\n- Pears\n  - Green\n- First")
    }

    @Test func tables() {
        let html = """
            <table><tr><th>Name</th><th>Qty</th></tr><tr><td>Apple</td><td>3</td></tr>
            <tr><td></td><td>empty first</td></tr></table>
            """
        #expect(text(html) == "Name | Qty\nApple | 3\nempty first")
    }

    @Test func links() {
        let html = """
            <a href="https://example.com/a?x=1&amp;y=2">Docs</a>, <a href="https://example.com/">https://example.com/</a>, \
            <a href="http://www.example.com">example.com</a>, <a href="mailto:bob@example.com?subject=Hi">Bob</a>, \
            <a href="mailto:bob@example.com">bob@example.com</a>, <a href="javascript:void(0)">Click</a>, \
            <a href="#top">Top</a>, <a href="https://x.test/img"><img src="a.png" alt="Logo"></a>, \
            <a href="https://x.test/empty"></a>.
            """
        let expected = """
            Docs (https://example.com/a?x=1&y=2), https://example.com/, example.com, Bob (bob@example.com), \
            bob@example.com, Click, Top, [Logo] (https://x.test/img), https://x.test/empty.
            """
        #expect(text(html) == expected)
    }

    @Test func spaceAfterLinkIsKept() {
        #expect(text("<a href=\"https://u.test\">text </a>next") == "text (https://u.test) next")
        #expect(text("see <A HREF='https://u.test'>here</A>.") == "see here (https://u.test).")
        #expect(text("<a href=\"https://x.test/?a=1&copy=2\">q</a>") == "q (https://x.test/?a=1&copy=2)")
    }

    @Test func preformattedText() {
        let html = "<p>Code:</p><pre>\n  let x = 1\n\n\n  print(x)\n</pre><p>Done</p>"
        #expect(text(html) == "Code:\n\n  let x = 1\n\n\n  print(x)\n\nDone")
    }

    @Test func whitespaceCollapses() {
        #expect(text("  Hello \n\t  world  ") == "Hello world")
        #expect(text("<span>Hello</span> <span>World</span>") == "Hello World")
        #expect(text("<b>Hello</b><i>World</i>") == "HelloWorld")
    }

    @Test func images() {
        #expect(text("<img src=x alt=\"Chart: sales\">") == "[Chart: sales]")
        #expect(text("before<img src=pixel.gif alt=\"\" width=1>after") == "beforeafter")
    }

    @Test func strayAngleBracketsAreText() {
        #expect(text("a < b and c > d, 1<2, <3, x <y") == "a < b and c > d, 1<2, <3, x <y")
        #expect(text("a</>b </ 3") == "ab </ 3")
    }

    @Test func unclosedElements() {
        #expect(text("<div><p>Para one<p>Para two<div>Inner") == "Para one\n\nPara two\nInner")
    }

    @Test func unterminatedAttributeQuote() {
        let html = "<p>Before</p><a href=\"https://x.test>Broken link</a><p>After</p>"
        #expect(text(html) == "Before\n\nBroken link (https://x.test)\n\nAfter")
    }

    @Test func unclosedComment() {
        #expect(text("Hello <!-- never closed <b>World</b>") == "Hello World")
    }

    @Test func conditionalCommentsAndCDATA() {
        #expect(text("<!--[if mso]><p>MSO only</p><![endif]--><p>All</p>") == "All")
        #expect(text("<![if !mso]><p>Not MSO</p><![endif]>") == "Not MSO")
        #expect(text("<![CDATA[x < y]]>") == "x < y")
    }

    @Test func invisiblePaddingCharacters() {
        #expect(text("<p>&zwnj;&nbsp;&zwnj;&nbsp;&#847; Preheader</p>") == "Preheader")
        #expect(text("<p>word&zwnj; next</p>") == "word next")
        #expect(text("می&zwnj;خواهم") == "می\u{200C}خواهم")
    }

    @Test func upperCaseMarkup() {
        #expect(text("<DIV>A</DIV><BR><P>B</P>") == "A\n\nB")
    }

    @Test func emptyInput() {
        #expect(text("") == "")
        #expect(text("<html><body></body></html>") == "")
    }

    @Test func softHyphenAndNoBreakSpaceInPre() {
        #expect(text("Silben&shy;trennung") == "Silbentrennung")
        #expect(text("<pre>a&nbsp;&nbsp;b</pre>") == "a  b")
    }

    @Test func gmailComposedMessageWithQuote() {
        let html = """
            <div dir="ltr">Hi Bob,<div><br></div><div>Thanks!</div></div><br><div class="gmail_quote">\
            <div dir="ltr" class="gmail_attr">On Mon, Jun 10, 2024 Bob &lt;<a href="mailto:bob@x.test">bob@x.test</a>&gt; \
            wrote:<br></div><blockquote class="gmail_quote" style="margin:0px">Ping?</blockquote></div>
            """
        #expect(text(html) == "Hi Bob,\n\nThanks!\n\nOn Mon, Jun 10, 2024 Bob <bob@x.test> wrote:\nPing?")
    }
}

import { describe, expect, it } from "vitest";
import { htmlExcerpt, htmlToPlainText, shortenText } from "./excerpt";
import { markdownExcerpt, renderMarkdown, renderStoredMarkdown } from "./render";

describe("htmlExcerpt: a card's excerpt from the stored HTML, with no markdown parsed on read", () => {
  it("gives what markdownExcerpt gives from the source", () => {
    for (const markdown of [
      "## Hello\n\nSome **bold** [link](https://x.y) text",
      "Hello <script>alert(1)</script> <img src=x onerror=alert(2)> see [the wiki](https://en.wikipedia.org/wiki/Compost_(disambiguation)) about <b>snake_case</b> | pipes",
      "- one\n- two\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |",
      "**Bon**jour à *tous* & à <toutes> \"vous\" l'été",
      "<div>one</div><div>two</div>\n\n<details><summary>More</summary>\n\nhidden\n\n</details>",
      "Line one\nLine two ![bins](bins.png) ![shown](https://example.org/x.png)",
      "Seed swapping at the community garden next week, bring **labelled** jars and a pen",
    ]) {
      expect(htmlExcerpt(renderMarkdown(markdown)), markdown).toBe(markdownExcerpt(markdown));
      expect(htmlExcerpt(renderMarkdown(markdown), 30), markdown).toBe(markdownExcerpt(markdown, 30));
    }
  });

  it("reads attributes that hold > and decodes character references", () => {
    expect(htmlExcerpt('<p><img src="https://x.org/a.png" alt="a > b"> after &#x3C;tag&#x3E; &amp; &lt;3 &#233;t&#xE9; &quot;q&quot; &unknown;</p>')).toBe('after <tag> & <3 été "q" &unknown;');
  });

  it("is about HTML only: markdown in it stays as typed, and a text shown as typed keeps its marks", () => {
    expect(htmlExcerpt("**not parsed**")).toBe("**not parsed**");
    const flood = "*a_".repeat(16000);
    expect(htmlExcerpt(renderStoredMarkdown(flood), 10)).toBe("*a_*a_*a_…");
  });

  it("puts the text on one line and cuts it at a word", () => {
    expect(shortenText("Seed  swapping\nat the community garden next week", 30)).toBe("Seed swapping at the…");
    expect(shortenText("a".repeat(300), 10)).toBe("aaaaaaaaa…");
  });
});

describe("htmlToPlainText", () => {
  it("keeps blocks apart, code as written, and gives a site link its origin", () => {
    const html = '<p>See <a href="/u/abc">Sofia</a> &amp; <a href="mailto:a@b.example">a@b.example</a>.</p>\n<pre><code>  two  spaces\nkept\n</code></pre>\n<ol start="3">\n<li><p>third</p></li>\n</ol>';
    expect(htmlToPlainText(html, { origin: "https://toile.example/" })).toBe("See Sofia (https://toile.example/u/abc) & a@b.example.\n\n  two  spaces\nkept\n\n3. third");
    expect(htmlToPlainText("")).toBe("");
  });
});

import { describe, expect, it } from "vitest";
import { markdownExcerpt, renderMarkdown } from "./render";

describe("renderMarkdown", () => {
  it("renders CommonMark and GitHub extensions", () => {
    const html = renderMarkdown("# Title\n\n**bold** and `code`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done");
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<code>code</code>");
    expect(html).toContain("<table>");
    expect(html).toContain('type="checkbox"');
  });

  it("drops script tags and raw HTML", () => {
    const html = renderMarkdown('hello <script>alert(1)</script> <img src=x onerror="alert(1)"> <b onclick="x()">b</b>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror|onclick/i);
    expect(html).not.toContain("<img");
  });

  it("neutralises javascript: and data: links", () => {
    const html = renderMarkdown("[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) ![i](javascript:alert(2))");
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/data:text/i);
    expect(html).toContain("click");
  });

  it("keeps http links and marks them external", () => {
    const html = renderMarkdown("See https://example.org/page and [docs](https://docs.example.org).");
    expect(html).toContain('href="https://example.org/page"');
    expect(html).toContain('rel="nofollow ugc noopener noreferrer"');
  });

  it("prefixes ids so a post cannot clobber page globals", () => {
    const html = renderMarkdown("Footnote[^1]\n\n[^1]: note");
    expect(html).toMatch(/id="user-content-/);
  });
});

describe("markdownExcerpt", () => {
  it("strips markup and shortens", () => {
    expect(markdownExcerpt("## Hello\n\nSome **bold** [link](https://x.y) text")).toBe("Hello Some bold link text");
    expect(markdownExcerpt("a".repeat(300), 10)).toBe("aaaaaaaaa…");
  });

  it("shows what the rendered post shows: no raw HTML, links with parentheses, underscores kept", () => {
    const body = "Hello <script>alert(1)</script> <img src=x onerror=alert(2)> see [the wiki](https://en.wikipedia.org/wiki/Compost_(disambiguation)) about snake_case | pipes";
    const excerpt = markdownExcerpt(body);
    // Inline tags are dropped; the text between them is text, as in the rendered post.
    expect(excerpt).toBe("Hello alert(1) see the wiki about snake_case | pipes");
    expect(excerpt).not.toMatch(/<|script|onerror|https?:/);
  });

  it("puts blocks on one line and cuts at a word", () => {
    expect(markdownExcerpt("- one\n- two\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |")).toBe("one two quoted a b 1 2");
    expect(markdownExcerpt("Seed swapping at the community garden next week", 30)).toBe("Seed swapping at the…");
  });
});

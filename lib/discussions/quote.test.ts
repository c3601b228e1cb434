import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render";
import { markdownOfHtml, quoteLead, quoteMarkdown } from "./quote";

/** What a reader quoting a whole post gets back: its source, written from the page's HTML. */
const roundTrip = (markdown: string) => markdownOfHtml(renderMarkdown(markdown));

describe("markdownOfHtml", () => {
  it("gives back the Markdown of a rendered post: emphasis, links, lists, code", () => {
    const source = ["Ride **on Sunday** with _everyone_ — see [the map](https://example.org/map).", "", "- bring a pump", "- bring water", "", "```", "npm start", "```"].join("\n");
    expect(roundTrip(source)).toBe(source);
  });

  it("writes a post's headings at their level in the source, not the page's", () => {
    // A post's "#" is an h3 on the page (its own h1 and h2 come first).
    expect(renderMarkdown("# Route\n\n## Stops")).toContain("<h3>");
    expect(roundTrip("# Route\n\n## Stops")).toBe("# Route\n\n## Stops");
  });

  it("keeps a line break as a new line, without trailing spaces", () => {
    expect(roundTrip("first line\nsecond line")).toBe("first line\nsecond line");
  });

  it("keeps a mention's link to the person", () => {
    expect(roundTrip("Thanks [@Ana Lima](/u/abc123)!")).toBe("Thanks [@Ana Lima](/u/abc123)!");
  });

  it("keeps strikethrough and task lists", () => {
    expect(roundTrip("~~old plan~~")).toBe("~~old plan~~");
    expect(roundTrip("- [x] book the room\n- [ ] order food")).toBe("- [x] book the room\n- [ ] order food");
  });

  it("keeps a table as a table, and leaves footnotes behind", () => {
    expect(roundTrip("| Day | Place |\n| --- | --- |\n| Sun | Lake |")).toBe("| Day | Place |\n| --- | --- |\n| Sun | Lake |");
    expect(roundTrip("See the map[^1].\n\n[^1]: Printed at the shop.")).toBe("See the map.");
  });

  it("numbers ordered lists from where they start and indents an item's next lines", () => {
    expect(roundTrip("3. three\n4. four")).toBe("3. three\n4. four");
    expect(roundTrip("- outer\n  - inner")).toBe("- outer\n  - inner");
  });

  it("escapes what would otherwise become Markdown", () => {
    expect(roundTrip("2 \\* 3 is 6")).toBe("2 \\* 3 is 6");
  });
});

describe("quoteMarkdown", () => {
  it("sets every line behind > and ends with an empty line to write after", () => {
    expect(quoteMarkdown("one\ntwo")).toBe("> one\n> two\n\n");
  });

  it("keeps paragraphs apart inside the quote", () => {
    expect(quoteMarkdown("one\n\ntwo")).toBe("> one\n>\n> two\n\n");
  });

  it("quotes a quote as a nested one", () => {
    expect(quoteMarkdown("> said before\n\nmy answer")).toBe("> > said before\n>\n> my answer\n\n");
  });

  it("gives nothing for nothing", () => {
    expect(quoteMarkdown("  \n ")).toBe("");
  });
});

describe("quoteLead", () => {
  it("adds nothing at the start of the text or after an empty line", () => {
    expect(quoteLead("")).toBe("");
    expect(quoteLead("Hello\n\n")).toBe("");
  });

  it("separates the quote from the text before it", () => {
    expect(quoteLead("Hello")).toBe("\n\n");
    expect(quoteLead("Hello\n")).toBe("\n");
  });
});

import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { MARKDOWN_LIMITS, markdownComplexityRefusal, parsingWork } from "./limits";
import { markdownExcerpt, renderMarkdown, renderRequiredMarkdown, renderStoredMarkdown } from "./render";

const L = MARKDOWN_LIMITS;

describe("markdown the server will not parse", () => {
  it("refuses what would stall the parser: deep nesting, floods of emphasis marks or brackets, huge tables", () => {
    expect(markdownComplexityRefusal("- ".repeat(5000) + "x")).toMatch(/nested too deeply/);
    expect(markdownComplexityRefusal(">".repeat(2000) + " x")).toMatch(/nested too deeply/);
    expect(markdownComplexityRefusal(Array.from({ length: 200 }, (_, i) => " ".repeat(i * 2) + "- x").join("\n"))).toMatch(/nested too deeply/);
    expect(markdownComplexityRefusal("<div>".repeat(9000) + "x")).toMatch(/HTML elements are nested too deeply/);
    expect(markdownComplexityRefusal("*a_".repeat(16000))).toMatch(/too many \* and _ marks/);
    expect(markdownComplexityRefusal("[".repeat(25000) + "x" + "]".repeat(25000))).toMatch(/too many \[ and \] brackets/);
    expect(markdownComplexityRefusal("|a".repeat(10000) + "|")).toMatch(/tables are too large/);
  });

  it("accepts long, richly formatted posts, and does not count code", () => {
    const rich = ["# Plan", "", "> a quote", "> > and a reply", "", "- one", "  - two", "    - three", "", "| a | b |", "|---|---|", "| 1 | 2 |", "", "**bold** _it_ [link](https://x.org)"].join("\n");
    expect(markdownComplexityRefusal(rich.repeat(40))).toBeNull();
    expect(markdownComplexityRefusal("- ".repeat(L.nesting) + "x")).toBeNull();
    const code = "```\n" + "snake_case_name[i] | x\n".repeat(3000) + "```\n";
    expect(markdownComplexityRefusal(code)).toBeNull();
    expect(markdownComplexityRefusal("`a_b` ".repeat(5000))).toBeNull();
  });

  it("refuses a [ or an emphasis mark left open across a long paragraph, which the parser walks back over at every word", () => {
    // The audit's 49,502-character body: within every count above, yet it took over a second.
    const audit = "*[a_ ".repeat(2000) + " plain words".repeat(3292);
    expect(markdownComplexityRefusal(audit)).toMatch(/left open across a long paragraph/);
    expect(markdownComplexityRefusal("[" + " word".repeat(9000))).toMatch(/left open/);
    expect(markdownComplexityRefusal("a] ".repeat(3000))).toMatch(/left open/);
    expect(markdownComplexityRefusal("a_ ".repeat(3000))).toMatch(/left open/);
    // The work is the square of the distance walked: cheap by construction under the budget.
    // (word k starts 5k − 3 characters after the [, and walks back to it)
    expect(parsingWork("[" + " word".repeat(100))).toBe((5 * 100 * 101) / 2 - 3 * 100);
    expect(parsingWork("*a_ ".repeat(100))).toBe((4 * 99 * 100) / 2 + 2 * 100); // each _ closes nothing: it walks to the start
    // Closed within the same words, or split into paragraphs, the same marks cost next to nothing.
    const closed = "[a word] ".repeat(2000);
    expect(parsingWork(closed)).toBeLessThan(closed.length * 2);
    // Split into paragraphs, each costs the square of its own length, not of the whole text's.
    expect(parsingWork(("*a_ ".repeat(20) + "\n\n").repeat(500))).toBe(500 * ((4 * 19 * 20) / 2 + 2 * 20));
  });

  it("refuses thousands of list items and separate quotes, whose cost grows with the square of their number", () => {
    const L = MARKDOWN_LIMITS.blocks;
    expect(markdownComplexityRefusal("> a\n\n".repeat(L + 1))).toMatch(/too many list items and quotes/);
    expect(markdownComplexityRefusal("> a\n\n".repeat(L))).toBeNull();
    expect(markdownComplexityRefusal("- one\n  - two\n\n".repeat(L / 2 + 1))).toMatch(/too many list items and quotes/);
    expect(markdownComplexityRefusal("text\n\n1. one\n\n".repeat(L + 1))).toMatch(/too many list items and quotes/);
    expect(markdownComplexityRefusal("- > a\n\n".repeat(L / 2))).toBeNull();
    expect(markdownComplexityRefusal("- > a\n\n".repeat(L / 2 + 1))).toMatch(/too many list items and quotes/);
    // A long quote is one quote; emphasis is not a list item.
    expect(markdownComplexityRefusal("> a line\n".repeat(5000))).toBeNull();
    expect(markdownComplexityRefusal("*a* b\n".repeat(1500))).toBeNull();
  });

  it("accepts an ordinary 49,000-character post: paragraphs with links, emphasis, brackets, quotes and lists", () => {
    const paragraph = [
      "> You said the *compost* [bins](https://example.org/bins) were full again (see [notes][n]).",
      "",
      "I checked on **Saturday**: two of the three bays [the left ones] were full, snake_case_file.txt aside, and",
      "the third is _half_ empty. 2*3*4 is what we need by spring, see www.example.org/plan or https://example.org.",
      "",
      "- bring **gloves**",
      "- [x] ask Ana",
      "",
      "[n]: https://example.org/notes",
      "",
    ].join("\n");
    const post = paragraph.repeat(Math.floor(49_000 / paragraph.length));
    expect(post.length).toBeGreaterThan(48_000);
    expect(markdownComplexityRefusal(post)).toBeNull();
    // Linear: a few steps back per character at most.
    expect(parsingWork(post)).toBeLessThan(post.length);
  });

  it("renders refuse on the field named; stored texts and excerpts fall back to plain text", () => {
    const flood = "*a_".repeat(16000);
    expect(() => renderMarkdown(flood, "description")).toThrow(AppError);
    try {
      renderRequiredMarkdown(flood, "goal");
    } catch (error) {
      expect(error).toMatchObject({ code: "INVALID", field: "goal" });
    }
    expect(renderStoredMarkdown("<b>" + flood)).toMatch(/^<p>&lt;b&gt;\*a_/);
    expect(markdownExcerpt(flood, 10)).toBe("*a_*a_*a_…");
  });
});

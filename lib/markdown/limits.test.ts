import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { MARKDOWN_LIMITS, markdownComplexityRefusal } from "./limits";
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

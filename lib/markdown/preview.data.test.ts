import { describe, expect, it } from "vitest";
import { makeUser } from "@/test/fixtures";
import { PREVIEW_MAX, previewMarkdown } from "./preview";
import { renderMarkdown } from "./render";

/** The Preview button's server side: what saving would show, or why it could not be shown. */
describe("previewMarkdown", () => {
  it("renders and sanitises exactly as saving does", async () => {
    const user = await makeUser();
    const text = "**Bold** and a [link](https://example.org).\n\n[bad](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n<script>alert(1)</script>";
    const preview = await previewMarkdown(user.id, text);
    expect(preview).toEqual({ html: renderMarkdown(text) });
    const html = "html" in preview ? preview.html : "";
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain(">bad</a>");
    expect(html).not.toMatch(/<script|href="javascript:|onerror/);
  });

  it("says why a text cannot be shown: too long, too deeply nested, not text", async () => {
    const user = await makeUser();
    expect(await previewMarkdown(user.id, "x".repeat(PREVIEW_MAX + 1))).toEqual({ error: "Keep it within 50,000 characters." });
    expect(await previewMarkdown(user.id, ">".repeat(2000) + " x")).toEqual({ error: expect.stringMatching(/nested too deeply/) });
    expect(await previewMarkdown(user.id, { body: "x" })).toEqual({ error: "Nothing to preview." });
  });
});

import { describe, expect, it } from "vitest";
import { createThreadSchema, editPostSchema, parseIdParam, parseThreadParam, replySchema, safeDecode, THREAD_SEARCH_MAX, threadSearchSchema } from "./schema";

describe("thread URL segments", () => {
  it("reads the id before the title slug, which is decoration", () => {
    expect(parseThreadParam("42-compost-in-winter")).toBe(42);
    expect(parseThreadParam("42")).toBe(42);
    expect(parseThreadParam("42-caf%C3%A9")).toBe(42);
  });

  it("is null for a malformed %-escape instead of throwing (the page answers 404)", () => {
    expect(() => parseThreadParam("1-100%")).not.toThrow();
    expect(parseThreadParam("1-100%")).toBeNull();
    expect(parseThreadParam("%")).toBeNull();
    expect(parseThreadParam("7-%zz")).toBeNull();
    expect(safeDecode("1-100%")).toBeNull();
    expect(safeDecode("1-100%25")).toBe("1-100%");
  });

  it("is null for ids that are not positive 32-bit integers or not ids at all", () => {
    for (const param of ["0-x", "abc", "-1", "1.5-x", "2147483648-x", "12345678901", "", "1/2"]) expect(parseThreadParam(param), param).toBeNull();
    expect(parseThreadParam("2147483647-max")).toBe(2_147_483_647);
  });

  it("post ids in sub-thread URLs are bare positive integers", () => {
    expect(parseIdParam("12")).toBe(12);
    for (const param of ["zz", "0", "12-x", "1e3", "%31"]) expect(parseIdParam(param), param).toBeNull();
  });
});

describe("threadSearchSchema", () => {
  it("trims the search and refuses an empty or overlong one with a message", () => {
    expect(threadSearchSchema.parse({ q: "  budget " })).toEqual({ q: "budget" });
    expect(threadSearchSchema.safeParse({ q: "   " }).error?.issues[0]?.message).toBe("Type part of a thread's title to search.");
    expect(threadSearchSchema.safeParse({ q: "x".repeat(THREAD_SEARCH_MAX + 1) }).error?.issues[0]?.message).toBe(`Search with at most ${THREAD_SEARCH_MAX} characters.`);
  });
});

describe("post bodies", () => {
  it("asks for words in the language of the form's button: posting a reply, saving an edit", () => {
    expect(replySchema.safeParse({ threadId: 1, parentId: 1, body: "  " }).error?.issues[0]?.message).toBe("Write something before posting.");
    expect(editPostSchema.safeParse({ postId: 1, body: " \n " }).error?.issues[0]?.message).toBe("Write something before saving.");
    expect(editPostSchema.parse({ postId: "3", body: " Fixed. " })).toEqual({ postId: 3, body: "Fixed." });
  });
});

describe("post bodies that would show nothing", () => {
  it("are refused next to the body field, whichever form posts them", () => {
    const nothing = "This would show nothing: write some text.";
    for (const body of ["<script>alert(1)</script>", "<!-- draft -->", "\u200b\u2060\u200d"]) {
      expect(createThreadSchema.safeParse({ title: "Hello", body }).error?.issues).toEqual([expect.objectContaining({ path: ["body"], message: nothing })]);
      expect(replySchema.safeParse({ threadId: 1, parentId: 1, body }).error?.issues[0]?.message).toBe(nothing);
      expect(editPostSchema.safeParse({ postId: 1, body }).error?.issues[0]?.message).toBe(nothing);
    }
    expect(replySchema.parse({ threadId: 1, parentId: 1, body: "<div>kept</div>" }).body).toBe("<div>kept</div>");
    expect(replySchema.parse({ threadId: 1, parentId: 1, body: "![bins](https://example.org/bins.png)" }).body).toBe("![bins](https://example.org/bins.png)");
  });

  it("keep the empty and too-long messages for empty and too-long bodies", () => {
    expect(replySchema.safeParse({ threadId: 1, parentId: 1, body: "" }).error?.issues.map((issue) => issue.message)).toEqual(["Write something before posting."]);
    expect(replySchema.safeParse({ threadId: 1, parentId: 1, body: "<!-- x -->".repeat(6000) }).error?.issues.map((issue) => issue.message)).toEqual([
      "Keep it under 50,000 characters (split it into several posts if needed).",
    ]);
  });
});

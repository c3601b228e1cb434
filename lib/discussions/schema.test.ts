import { describe, expect, it } from "vitest";
import { editPostSchema, REPORT_NOTE_MAX, reportPostSchema, parseIdParam, parseThreadParam, replySchema, safeDecode, THREAD_SEARCH_MAX, threadSearchSchema, deletePostSchema, deleteThreadSchema, resolveReportsSchema, markAnswerSchema } from "./schema";
import { MODERATION_REASON_MAX } from "@/lib/moderation/log";

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
    expect(editPostSchema.safeParse({ postId: 1, version: "0", body: " \n " }).error?.issues[0]?.message).toBe("Write something before saving.");
    expect(editPostSchema.parse({ postId: "3", version: "2", body: " Fixed. " })).toEqual({ postId: 3, version: 2, body: "Fixed." });
    // The version the form was shown (decision 045): without it, the form is out of date.
    expect(editPostSchema.safeParse({ postId: "3", body: "Fixed." }).error?.issues[0]?.path).toEqual(["version"]);
  });
});

describe("reporting a post", () => {
  it("takes one of the reasons, and a note only when one is written", () => {
    expect(reportPostSchema.parse({ postId: "7", reason: "spam", note: "" })).toEqual({ postId: 7, reason: "spam", note: null });
    expect(reportPostSchema.parse({ postId: "7", reason: "abusive", note: "  Insults a member.  " })).toEqual({ postId: 7, reason: "abusive", note: "Insults a member." });
    expect(reportPostSchema.parse({ postId: "7", reason: "off_topic" }).note).toBeNull();
  });

  it("asks for a reason, a note for “Something else”, and a note within the limit", () => {
    const errors = (input: object) => reportPostSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(errors({ postId: "7" })).toEqual([["reason", "Choose why you are reporting this post."]]);
    expect(errors({ postId: "7", reason: "rude" })).toEqual([["reason", "Choose why you are reporting this post."]]);
    expect(errors({ postId: "7", reason: "other", note: " \u200b " })).toEqual([["note", "Say what is wrong with this post: “Something else” needs a note."]]);
    expect(errors({ postId: "7", reason: "spam", note: "x".repeat(REPORT_NOTE_MAX + 1) })).toEqual([["note", `Keep the note within ${REPORT_NOTE_MAX} characters.`]]);
  });
});

describe("a moderator's reason for a deletion", () => {
  it("is optional: blank or spaces mean none", () => {
    expect(deletePostSchema.parse({ postId: "7" })).toEqual({ postId: 7, reason: null });
    expect(deletePostSchema.parse({ postId: "7", reason: "  \u200b " })).toEqual({ postId: 7, reason: null });
    expect(deleteThreadSchema.parse({ threadId: "3", reason: " Off topic. " })).toEqual({ threadId: 3, reason: "Off topic." });
  });

  it(`is refused past ${MODERATION_REASON_MAX} characters, with a message for its field`, () => {
    const result = resolveReportsSchema.safeParse({ postId: "7", resolution: "post_deleted", reason: "x".repeat(MODERATION_REASON_MAX + 1) });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["reason", `Keep the reason within ${MODERATION_REASON_MAX} characters.`]]);
  });
});

describe("markAnswerSchema (decision 035)", () => {
  it("takes a reply's id, or nothing to clear the answer", () => {
    expect(markAnswerSchema.parse({ threadId: "4", postId: "17" })).toEqual({ threadId: 4, postId: 17 });
    expect(markAnswerSchema.parse({ threadId: "4", postId: "" })).toEqual({ threadId: 4, postId: null });
  });

  it("refuses what is not an id", () => {
    for (const postId of ["abc", "-1", "1.5", "99999999999"]) expect(markAnswerSchema.safeParse({ threadId: "4", postId }).success).toBe(false);
  });
});

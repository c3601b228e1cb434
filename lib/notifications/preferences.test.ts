import { describe, expect, it } from "vitest";
import { isOptionalNotice, noticePreferencesSchema, OPTIONAL_NOTICES } from "./preferences";

describe("notice preferences", () => {
  it("mute what is left unchecked, and only the optional kinds", () => {
    expect(noticePreferencesSchema.parse({ reactions: "on", newMeetups: "on", reminders: "on" })).toEqual([]);
    expect(noticePreferencesSchema.parse({ newMeetups: "on" })).toEqual(["post.reacted", "meetup.reminder"]);
    expect(noticePreferencesSchema.parse({})).toEqual(OPTIONAL_NOTICES.map((notice) => notice.kind));
    // Unknown fields (a tampered form) mute nothing more.
    expect(noticePreferencesSchema.parse({ reactions: "on", newMeetups: "on", reminders: "on", "post.replied": "" })).toEqual([]);
  });

  it("refuse a checkbox value no checkbox sends", () => {
    expect(noticePreferencesSchema.safeParse({ reactions: "yes" }).success).toBe(false);
  });

  it("keep what is addressed to the person out of reach", () => {
    for (const kind of ["post.replied", "post.mentioned", "meetup.promoted", "meetup.cancelled", "post.removed", "account.password.reset"]) expect(isOptionalNotice(kind)).toBe(false);
    for (const { kind } of OPTIONAL_NOTICES) expect(isOptionalNotice(kind)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { FEED_KEY_PATTERN, groupFeedKey, isGroupFeedKey } from "./calendar-keys";
import { parseFeedAccess } from "./schema";

const TOKEN = "a".repeat(64);

describe("group feed keys", () => {
  it("are one person's key to one group: stable, different per group and per token, and not the token", () => {
    const key = groupFeedKey(TOKEN, "group-1");
    expect(key).toMatch(FEED_KEY_PATTERN);
    expect(groupFeedKey(TOKEN, "group-1")).toBe(key);
    expect(groupFeedKey(TOKEN, "group-2")).not.toBe(key);
    expect(groupFeedKey("b".repeat(64), "group-1")).not.toBe(key);
    expect(key).not.toContain(TOKEN.slice(0, 16));
    expect(isGroupFeedKey(key, TOKEN, "group-1")).toBe(true);
    expect(isGroupFeedKey(key, TOKEN, "group-2")).toBe(false);
    expect(isGroupFeedKey(TOKEN, TOKEN, "group-1")).toBe(false);
    expect(isGroupFeedKey(key.slice(0, -1), TOKEN, "group-1")).toBe(false);
  });

  it("travel as member and key, both or neither; the old token parameter is ignored", () => {
    expect(parseFeedAccess(new URLSearchParams({ member: "u1", key: "k".repeat(32) }))).toEqual({ member: "u1", key: "k".repeat(32) });
    expect(parseFeedAccess(new URLSearchParams())).toBe("none");
    expect(parseFeedAccess(new URLSearchParams({ token: TOKEN }))).toBe("none");
    expect(parseFeedAccess(new URLSearchParams({ member: "u1" }))).toBeNull();
    expect(parseFeedAccess(new URLSearchParams({ member: "u1", key: "bad key!" }))).toBeNull();
  });
});

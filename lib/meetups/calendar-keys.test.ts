import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { FEED_KEY_PATTERN, groupFeedKey, isGroupFeedKey } from "./calendar-keys";
import { parseFeedAccess } from "./schema";

const TOKEN = "a".repeat(64);
const SECRET = "server-secret";

describe("group feed keys", () => {
  it("are one person's key to one group: stable, different per group and per token, and not the token", () => {
    const key = groupFeedKey(SECRET, TOKEN, "group-1");
    expect(key).toMatch(FEED_KEY_PATTERN);
    expect(groupFeedKey(SECRET, TOKEN, "group-1")).toBe(key);
    expect(groupFeedKey(SECRET, TOKEN, "group-2")).not.toBe(key);
    expect(groupFeedKey(SECRET, "b".repeat(64), "group-1")).not.toBe(key);
    expect(key).not.toContain(TOKEN.slice(0, 16));
    expect(isGroupFeedKey(key, SECRET, TOKEN, "group-1")).toBe(true);
    expect(isGroupFeedKey(key, SECRET, TOKEN, "group-2")).toBe(false);
    expect(isGroupFeedKey(TOKEN, SECRET, TOKEN, "group-1")).toBe(false);
    expect(isGroupFeedKey(key.slice(0, -1), SECRET, TOKEN, "group-1")).toBe(false);
  });

  it("a calendar key opens no discussions feed, and back (decision 024)", () => {
    const calendar = groupFeedKey(SECRET, TOKEN, "group-1");
    const discussions = groupFeedKey(SECRET, TOKEN, "group-1", "discussions");
    expect(discussions).toMatch(FEED_KEY_PATTERN);
    expect(discussions).not.toBe(calendar);
    expect(groupFeedKey(SECRET, TOKEN, "group-1", "calendar")).toBe(calendar);
    expect(isGroupFeedKey(discussions, SECRET, TOKEN, "group-1", "discussions")).toBe(true);
    expect(isGroupFeedKey(calendar, SECRET, TOKEN, "group-1", "discussions")).toBe(false);
    expect(isGroupFeedKey(discussions, SECRET, TOKEN, "group-1")).toBe(false);
  });

  it("cannot be made from the personal feed's token alone: the server's secret is part of them", () => {
    const key = groupFeedKey(SECRET, TOKEN, "group-1");
    // What someone holding only the personal feed address (the token) could compute:
    expect(createHmac("sha256", TOKEN).update("group-feed:group-1").digest("base64url").slice(0, 32)).not.toBe(key);
    expect(groupFeedKey(TOKEN, TOKEN, "group-1")).not.toBe(key);
    expect(groupFeedKey("another-server", TOKEN, "group-1")).not.toBe(key);
    expect(isGroupFeedKey(key, "another-server", TOKEN, "group-1")).toBe(false);
  });

  it("keep the token and the group apart: no two (token, group) pairs share an input", () => {
    expect(groupFeedKey(SECRET, "ab", "c")).not.toBe(groupFeedKey(SECRET, "a", "bc"));
  });

  it("travel as member and key, both or neither; the old token parameter is ignored", () => {
    expect(parseFeedAccess(new URLSearchParams({ member: "u1", key: "k".repeat(32) }))).toEqual({ member: "u1", key: "k".repeat(32) });
    expect(parseFeedAccess(new URLSearchParams())).toBe("none");
    expect(parseFeedAccess(new URLSearchParams({ token: TOKEN }))).toBe("none");
    expect(parseFeedAccess(new URLSearchParams({ member: "u1" }))).toBeNull();
    expect(parseFeedAccess(new URLSearchParams({ member: "u1", key: "bad key!" }))).toBeNull();
  });
});

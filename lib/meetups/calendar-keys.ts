/**
 * Keys for group feeds: its meetups calendar, and its discussions' Atom feeds (decision 024). A
 * calendar app or a feed reader sends no session, so a private group's feed URL
 * carries a key. It is one person's key to one group's feed: an HMAC, under the server's secret,
 * of the person's calendar token (the secret of their personal feed, shown only on "My meetups")
 * and the group's id. A feed URL someone shares therefore opens that one feed and nothing else:
 * the key cannot be turned back into the token, nor into another group's key. Because the server's
 * secret is part of it, the personal feed's address (which *is* the token) cannot be turned into
 * group keys either. Resetting the token changes every key at once. (Feeds once carried the token
 * itself, so a public group's feed URL shared by a member opened their personal feed and every
 * private group's feed.)
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** Base64url characters, as long as the keys this module makes (and the old tokens). */
export const FEED_KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * What a key opens: the group's meetups calendar, or the Atom feeds of its discussions (decision
 * 024). Each is its own key, so a calendar address passed on opens no discussions, and back.
 */
export type GroupFeedPurpose = "calendar" | "discussions";
const PURPOSE_LABELS: Record<GroupFeedPurpose, string> = { calendar: "group-feed", discussions: "group-discussions-feed" };

export function groupFeedKey(serverSecret: string, calendarToken: string, groupId: string, purpose: GroupFeedPurpose = "calendar"): string {
  return createHmac("sha256", serverSecret).update(`${PURPOSE_LABELS[purpose]}\0${calendarToken}\0${groupId}`).digest("base64url").slice(0, 32);
}

/** Whether `key` is this person's key to this group's feed (compared in constant time). */
export function isGroupFeedKey(key: string, serverSecret: string, calendarToken: string, groupId: string, purpose: GroupFeedPurpose = "calendar"): boolean {
  const expected = Buffer.from(groupFeedKey(serverSecret, calendarToken, groupId, purpose));
  const given = Buffer.from(key);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

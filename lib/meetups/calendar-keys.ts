/**
 * Keys for group calendar feeds. A calendar app sends no session, so a private group's feed URL
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

export function groupFeedKey(serverSecret: string, calendarToken: string, groupId: string): string {
  return createHmac("sha256", serverSecret).update(`group-feed\0${calendarToken}\0${groupId}`).digest("base64url").slice(0, 32);
}

/** Whether `key` is this person's key to this group's feed (compared in constant time). */
export function isGroupFeedKey(key: string, serverSecret: string, calendarToken: string, groupId: string): boolean {
  const expected = Buffer.from(groupFeedKey(serverSecret, calendarToken, groupId));
  const given = Buffer.from(key);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

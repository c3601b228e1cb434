/**
 * The notices a member may turn off (decision 031), as Discourse's and Meetup's notification
 * settings: those about other people's doings that would otherwise arrive unasked. What is
 * addressed to the person (a reply to them, a mention, their RSVP, a moderator's act on what
 * they wrote) always arrives; following threads and groups is asked for already. Pure: the
 * list, and the form's fields.
 */
import { z } from "zod";
import type { NotificationKind } from "./mutations";

export const OPTIONAL_NOTICES = [
  { kind: "post.reacted", field: "reactions", label: "Reactions to my posts", hint: "One notice per post, gathering everyone who reacted until you read it." },
  { kind: "meetup.created", field: "newMeetups", label: "New meetups in my groups", hint: "When an organizer schedules one in a group you belong to." },
  { kind: "meetup.reminder", field: "reminders", label: "Reminders of meetups I am going to", hint: "The day before, with the time and the place." },
] as const satisfies readonly { kind: NotificationKind; field: string; label: string; hint: string }[];

/** The Account page's Notices heading, which names its form and which the notifications page links to. */
export const NOTICES_HEADING_ID = "notices-heading";

export type OptionalNoticeKind = (typeof OPTIONAL_NOTICES)[number]["kind"];

const OPTIONAL_KINDS: ReadonlySet<string> = new Set(OPTIONAL_NOTICES.map((notice) => notice.kind));

/** Whether a member may turn this kind off (and so whether sending it asks their preferences). */
export function isOptionalNotice(kind: string): kind is OptionalNoticeKind {
  return OPTIONAL_KINDS.has(kind);
}

/**
 * The form: one checkbox per optional notice, checked to receive it (a checkbox sends "on" when
 * checked and nothing otherwise). Gives the kinds to mute: those left unchecked.
 */
export const noticePreferencesSchema = z
  .object(Object.fromEntries(OPTIONAL_NOTICES.map((notice) => [notice.field, z.literal("on").optional()])) as Record<(typeof OPTIONAL_NOTICES)[number]["field"], z.ZodOptional<z.ZodLiteral<"on">>>)
  .transform((checked) => OPTIONAL_NOTICES.filter((notice) => checked[notice.field] !== "on").map((notice) => notice.kind));

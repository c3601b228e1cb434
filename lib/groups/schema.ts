import slugify from "@sindresorhus/slugify";
import transliterate from "@sindresorhus/transliterate";
import { z } from "zod";
import { editVersionField } from "@/lib/edit-version";
import { hiddenRefs, singleLineText, trimInvisible } from "@/lib/forms";
import { cutText } from "@/lib/text";
import { moderationReasonSchema } from "@/lib/moderation/log";
import { pageNumberSchema } from "@/lib/pagination";
import { emailField } from "@/lib/auth/schema";
import { groupLanguageSchema } from "./languages";

/** URL segments under /g/ that a group slug must not shadow, now or later. */
export const RESERVED_SLUGS = new Set(["new", "admin", "api", "health", "settings", "search", "groups", "login", "signup", "me", "moderation"]);

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The slug a name or title suggests: transliterated (é → e, œ → oe, ß → ss), lower-case,
 * hyphens. Lower-cased first: slugify splits words at capitals ("OpenStreetMap" would become
 * "open-street-map", "iPhone" "i-phone", "ŒUVRES" "o-euvres").
 */
export function slugFromName(name: string, maxLength = 48): string {
  return slugify(name.toLowerCase()).slice(0, maxLength).replace(/-+$/, "");
}

export const groupSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "The address needs at least 3 characters.")
  .max(48, "Keep the address within 48 characters.")
  .regex(SLUG_PATTERN, "Use lower-case letters, digits and single hyphens only (e.g. urban-gardening).")
  .refine((slug) => !RESERVED_SLUGS.has(slug), "That address is reserved: choose another.");

/**
 * One tag as stored: "#Urban Gardening" → "urban-gardening". Lower-cased first, so capitals
 * never split a word ("E2E" is "e2e", not "e2-e"; "iPhone" is "iphone"). Latin letters lose
 * their accents ("Vélo" is "velo", so it meets "velo"), as addresses do; other scripts stay as
 * written, as Discourse keeps them: transliterating turned "عربى" into "erba" and "ガーデニング"
 * into nothing at all (a Japanese group could have no tags). A tag is shown and put in a query
 * string, never in a path, so it needs no ASCII.
 */
export function tagSlug(text: string): string {
  const folded = text
    .trim()
    .replace(/^#+/, "")
    .toLowerCase()
    .replace(/\p{Script=Latin}+/gu, (run) => transliterate(run));
  return slugify(folded, { transliterate: false });
}

/** "Urban Gardening, compost ,  zero waste" → ["urban-gardening", "compost", "zero-waste"]. */
export function parseTags(raw: string): string[] {
  const tags = raw
    .split(/[,;\n]/)
    .map(tagSlug)
    .filter((tag) => tag.length > 0);
  return [...new Set(tags)];
}

/** A tag as typed that keeps nothing once made a tag ("++", "#"): said, rather than silently dropped. */
function emptyTag(raw: string): string | undefined {
  return raw
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .find((part) => part.length > 0 && tagSlug(part).length === 0);
}

export const tagsSchema = z
  .string()
  .max(400, "That is a lot of tags: use at most 8.")
  .superRefine((raw, context) => {
    const empty = emptyTag(raw);
    if (empty !== undefined) context.addIssue({ code: "custom", message: `“${empty}” has no letters or digits to make a tag of.` });
  })
  .transform(parseTags)
  .pipe(
    z
      .array(z.string().min(2, "Each tag needs at least 2 characters.").max(30, "Keep each tag within 30 characters."))
      .max(8, "Use at most 8 tags."),
  );

/** The hidden reference to the group a form acts on. */
const groupIdField = z.string().min(1).max(40);
/** A form that acts on a group and nothing else (join, leave, follow, mute, schedule…); its stale-form message. */
export const groupRefSchema = z.object({ groupId: groupIdField });
export const GROUP_REF = hiddenRefs("group", "groupId");

/** What an owner can change later; the address (slug) is fixed once links to the group exist. */
const groupSettingsFields = {
  name: z.string().overwrite(singleLineText).min(3, "Give the group a name of at least 3 characters.").max(80, "Keep the name within 80 characters."),
  description: z
    .string()
    .overwrite(trimInvisible)
    .min(10, "Describe what the group is about (at least 10 characters).")
    .max(10_000, "Keep the description within 10,000 characters."),
  tags: tagsSchema,
  // "listed": private, but anyone may find it and ask to join (decision 025).
  visibility: z.enum(["public", "listed", "private"], { error: "Choose who can see the group." }),
  language: groupLanguageSchema,
};

/** The form's choice of who sees the group, from what is stored. */
export function visibilityChoice(group: { visibility: "public" | "private"; listed: boolean }): "public" | "listed" | "private" {
  return group.visibility === "private" && group.listed ? "listed" : group.visibility;
}

/** The refusal of an address another group has, beside the field. */
export function slugTakenMessage(slug: string): string {
  return `The address /g/${slug} is already taken: choose another.`;
}

export const createGroupSchema = z.object({ ...groupSettingsFields, slug: groupSlugSchema });
export type CreateGroupInput = z.infer<typeof createGroupSchema>;

export const groupSettingsSchema = z.object({ groupId: groupIdField, version: editVersionField, ...groupSettingsFields });
/** The settings form's hidden fields: a problem with one is a stale page, not a field to fix. */
export const GROUP_SETTINGS_REF = hiddenRefs("group", "groupId", "version");
export type GroupSettingsInput = z.infer<typeof groupSettingsSchema>;

/** The most a request to join may say to the moderators (decision 025). */
export const JOIN_MESSAGE_MAX = 500;

/** Asking to join a listed private group: a message to its moderators, optional. */
export const askToJoinSchema = z.object({
  groupId: groupIdField,
  message: z.string().overwrite(trimInvisible).max(JOIN_MESSAGE_MAX, `Keep your message within ${JOIN_MESSAGE_MAX} characters.`).default(""),
});

/** A moderator's answer to a request: accept it, or decline it with an optional reason. */
export const decideJoinRequestSchema = z.object({
  requestId: z.coerce.number().int().positive().max(2_147_483_647),
  decision: z.enum(["accept", "decline"]),
  reason: moderationReasonSchema,
});
export const decideJoinRequestHiddenFields = hiddenRefs("request", "requestId", "decision");

/** An owner adds someone who already has a Toile account, by that account's email. */
export const addMemberSchema = z.object({ groupId: groupIdField, email: emailField("Enter the email address of the person to add.") });
export type AddMemberInput = z.infer<typeof addMemberSchema>;

/**
 * A member of the group named by what someone typed: their name as shown in the group, or their
 * account's email (resolved by `findMemberByNameOrEmail` in ./members.ts). `prompt` says what to type.
 */
export function memberNameOrEmailField(prompt: string) {
  return z.string({ error: prompt }).overwrite(singleLineText).min(1, prompt).max(320, "No member's name or email is that long (320 characters at most): check what you typed.");
}

export const groupRoleSchema = z.enum(["owner", "moderator", "organizer", "member"], { error: "Choose a role." });

export const SEARCH_MAX = 100;

/**
 * A query's control characters: line breaks and tabs read as spaces, the others go. NUL above
 * all, which PostgreSQL cannot take: a page posted to (a POST, which the proxy does not redirect)
 * reads its query here too.
 */
function withoutControls(text: string): string {
  return text.replace(/[\t\n\v\f\r\u0085]+/g, " ").replace(/\p{Cc}/gu, "");
}

/**
 * A `?q=` search of any list (groups, members, the health overview, search): one line without
 * control characters, cut to `SEARCH_MAX` characters rather than dropped (the box keeps what
 * fits); empty or malformed reads as no search.
 */
export const searchQueryField = z
  .string()
  .overwrite((value) => cutText(singleLineText(withoutControls(value)), SEARCH_MAX).trim())
  .optional()
  .catch(undefined)
  .transform((value) => value || undefined);

/**
 * The directory's query string. A tag is read the way tags are written ("Urban Gardening" or
 * "#urban-gardening" → urban-gardening).
 */
export const directoryQuerySchema = z.object({
  q: searchQueryField,
  tag: z
    .string()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((value) => (value ? tagSlug(value).slice(0, 30) || undefined : undefined)),
  page: pageNumberSchema,
});

/**
 * The Members page's query string: a name filter that narrows both lists (members, and the
 * removed people a moderator may reinstate), the members' page and the removed list's page.
 */
export const membersQuerySchema = z.object({
  q: searchQueryField,
  page: pageNumberSchema,
  removedPage: pageNumberSchema,
});
export type MembersQuery = z.output<typeof membersQuerySchema>;

/**
 * The Discussions tab's views (decision 034), as Discourse's Latest and Top and GitHub
 * Discussions' Unanswered filter: `?view=` in the address, "latest" when it has none.
 */
export const THREAD_VIEWS = [
  { view: "latest", label: "Latest" },
  { view: "unanswered", label: "Unanswered" },
  { view: "top", label: "Most replies" },
] as const;
export type ThreadView = (typeof THREAD_VIEWS)[number]["view"];

/** The group page's address: a view that is not one of these is a page that does not exist (404). */
export const groupPageQuerySchema = z.object({
  view: z.enum(THREAD_VIEWS.map((choice) => choice.view) as [ThreadView, ...ThreadView[]]).default("latest"),
  page: pageNumberSchema,
});

import { z } from "zod";
import { pageNumberSchema } from "@/lib/pagination";
import { singleLineText, staleMessage, trimInvisible } from "@/lib/forms";
import { editVersionField } from "@/lib/edit-version";
import { moderationReasonSchema } from "@/lib/moderation/log";
import { REACTION_KINDS } from "./reactions";

export const TITLE_MAX = 200;
export const BODY_MAX = 50_000;

/** A post's Markdown; `emptyMessage` fits the form's button (posting a reply, saving an edit). */
function postBodySchema(emptyMessage: string) {
  return z
    .string()
    .overwrite(trimInvisible)
    .min(1, emptyMessage)
    .max(BODY_MAX, `Keep it within ${BODY_MAX.toLocaleString("en")} characters (split it into several posts if needed).`);
}

export const bodySchema = postBodySchema("Write something before posting.");

export const createThreadSchema = z.object({
  title: z.string().overwrite(singleLineText).min(1, "Give the thread a title.").max(TITLE_MAX, `Keep the title within ${TITLE_MAX} characters.`),
  body: bodySchema,
});
export type CreateThreadInput = z.infer<typeof createThreadSchema>;

const idSchema = z.coerce.number({ error: "Invalid reference." }).int("Invalid reference.").positive("Invalid reference.").max(2_147_483_647, "Invalid reference.");

export const replySchema = z.object({
  threadId: idSchema,
  parentId: idSchema,
  body: bodySchema,
});
export type ReplyInput = z.infer<typeof replySchema>;

/**
 * What a discussion form says when one of its hidden references (the thread, the post, the
 * group it acts on) is malformed: the person can do nothing about the field itself.
 */
export const STALE_THREAD_MESSAGE = staleMessage("thread");
export const STALE_POST_MESSAGE = staleMessage("post");

export const replyHiddenFields = { fields: ["threadId", "parentId"], message: STALE_THREAD_MESSAGE } as const;
export const postHiddenFields = { fields: ["postId"], message: STALE_POST_MESSAGE } as const;
export const editPostHiddenFields = { fields: ["postId", "version"], message: STALE_POST_MESSAGE } as const;
export const threadHiddenFields = { fields: ["threadId", "flag", "value"], message: STALE_THREAD_MESSAGE } as const;
export const answerHiddenFields = { fields: ["threadId", "postId"], message: STALE_THREAD_MESSAGE } as const;

/** An edit of a post, from a form that showed the post at `version` (its edit count, decision 045). */
export const editPostSchema = z.object({ postId: idSchema, version: editVersionField, body: postBodySchema("Write something before saving.") });
export const postRefSchema = z.object({ postId: idSchema });
export const threadRefSchema = z.object({ threadId: idSchema });

/** A yes or no a form sends in a hidden field ("true" or "false"): what the person chose. */
export const hiddenBoolean = z.enum(["true", "false"]).transform((value) => value === "true");

/**
 * Reacting to a post or taking the reaction back (decision 027): `on` is the state the person
 * asked for, never a toggle.
 */
export const reactionSchema = postRefSchema.extend({ kind: z.enum(REACTION_KINDS), on: hiddenBoolean });
export const reactionHiddenFields = { fields: ["postId", "kind", "on"], message: STALE_POST_MESSAGE } as const;
/** Saving a post to read again, or letting it go (decision 026): what the button asked for, not a flip. */
export const bookmarkSchema = postRefSchema.extend({ saved: hiddenBoolean });
export const bookmarkHiddenFields = { fields: ["postId", "saved"], message: STALE_POST_MESSAGE } as const;

/** Why a post is reported (decision 012), in the order the form offers them, and their words. */
export const REPORT_REASONS = ["spam", "off_topic", "abusive", "other"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const REPORT_REASON_LABELS: Record<ReportReason, string> = { spam: "Spam", off_topic: "Off-topic", abusive: "Rude or abusive", other: "Something else" };
export const REPORT_NOTE_MAX = 500;

/**
 * Reporting a post: a reason, and a note for the moderators (optional, but "Something else" says
 * nothing without one). An empty note is no note.
 */
export const reportPostSchema = postRefSchema
  .extend({
    reason: z.enum(REPORT_REASONS, { error: "Choose why you are reporting this post." }),
    note: z
      .string()
      .overwrite(trimInvisible)
      .max(REPORT_NOTE_MAX, `Keep the note within ${REPORT_NOTE_MAX} characters.`)
      .optional()
      .transform((note) => note || null),
  })
  .refine((input) => input.reason !== "other" || input.note !== null, { path: ["note"], message: "Say what is wrong with this post: “Something else” needs a note." });
export type ReportPostInput = z.infer<typeof reportPostSchema>;

/** What the review queue does with a reported post: delete it, or keep it and dismiss its reports. */
export const REPORT_RESOLUTIONS = ["post_deleted", "dismissed"] as const;
export type ReportResolution = (typeof REPORT_RESOLUTIONS)[number];
export const deletePostSchema = postRefSchema.extend({ reason: moderationReasonSchema });
export const deleteThreadSchema = threadRefSchema.extend({ reason: moderationReasonSchema });
export const resolveReportsSchema = postRefSchema.extend({ resolution: z.enum(REPORT_RESOLUTIONS), reason: moderationReasonSchema });
export const resolveReportsHiddenFields = { fields: ["postId", "resolution"], message: STALE_POST_MESSAGE } as const;

/**
 * A thread URL segment is `<id>-<slug>`; the id decides, the slug is decoration (a renamed
 * thread keeps working). Returns null for anything malformed, so the page can 404.
 */
export function parseThreadParam(param: string): number | null {
  const match = /^(\d{1,10})(?:-[^/]*)?$/.exec(safeDecode(param) ?? "");
  if (!match) return null;
  const id = Number(match[1]);
  return id > 0 && id <= 2_147_483_647 ? id : null;
}

/** `decodeURIComponent`, or null for a malformed escape such as a lone `%`. */
export function safeDecode(param: string): string | null {
  try {
    return decodeURIComponent(param);
  } catch {
    return null;
  }
}

export function parseIdParam(param: string): number | null {
  if (!/^\d{1,10}$/.test(param)) return null;
  const id = Number(param);
  return id > 0 && id <= 2_147_483_647 ? id : null;
}

/** The longest text the thread finders search titles for (titles are at most TITLE_MAX). */
export const THREAD_SEARCH_MAX = 100;

export const threadSearchSchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, "Type part of a thread's title to search.")
    .max(THREAD_SEARCH_MAX, `Search with at most ${THREAD_SEARCH_MAX} characters.`),
});

/** Renaming a thread: the title is validated exactly as when the thread was started. */
/** Marking a reply as the thread's answer (decision 035); an empty `postId` clears it. */
export const markAnswerSchema = threadRefSchema.extend({ postId: z.union([z.literal("").transform(() => null), idSchema]) });

export const editThreadTitleSchema = threadRefSchema.extend({ title: createThreadSchema.shape.title });

/** A thread or sub-thread page's query: `?page=` of its branches (lib/discussions/tree BRANCHES_PER_PAGE). */
export const threadPageQuerySchema = z.object({ page: pageNumberSchema });

/**
 * A post's "Who reacted" page query: `?kind=` narrows it to one kind (absent: everyone), `?page=`.
 * An unknown kind fails (the page answers 404), as an unknown address does.
 */
export const reactorsQuerySchema = z.object({ kind: z.enum(REACTION_KINDS).optional(), page: pageNumberSchema });

/**
 * The moderation log's vocabulary (decision 018): which acts it records, what each is done to,
 * and how an entry reads. Pure: no database, so the page's wording and filters are unit-tested.
 *
 * What is recorded: an act of the group's moderation powers, on someone else's content or on the
 * group itself. Concretely:
 * - acts only the people who run the group can do are always recorded: deleting, restoring,
 *   locking, unlocking, pinning and unpinning threads; dismissing a post's reports; adding,
 *   removing and reinstating members and changing their roles; deleting and restoring projects;
 *   restoring a post or a project update the moderators deleted; changing the group's settings;
 *   removing the earlier versions of someone else's post from its edit history (decision 023);
 *   accepting or declining someone's request to join (decision 025); creating and revoking
 *   invitation links (decision 015: a link adds whoever holds it);
 * - acts anyone may do to their own things are recorded only when done to someone else's: a post
 *   deleted by someone other than its author, a thread renamed by someone other than its author,
 *   a meetup edited (its title, time, place or seats) or cancelled by someone other than its
 *   host, a project update deleted by someone other than its author.
 * An act that changes nothing (pinning a pinned thread, saving unchanged settings, a second click)
 * and an act refused records nothing. Each entry is written in the transaction of its act.
 */
import { z } from "zod";
import { trimInvisible } from "@/lib/forms";
import { pageNumberSchema } from "@/lib/pagination";
import { ROLE_LABELS, type GroupRole } from "@/lib/groups/ability";

export const MODERATION_ACTIONS = [
  "post_deleted",
  "reports_dismissed",
  "thread_deleted",
  "thread_restored",
  "thread_locked",
  "thread_unlocked",
  "thread_pinned",
  "thread_unpinned",
  "member_added",
  "member_removed",
  "member_reinstated",
  "member_role_changed",
  "project_deleted",
  "project_restored",
  "meetup_cancelled",
  "settings_changed",
  "thread_renamed",
  "meetup_edited",
  "project_update_deleted",
  "post_restored",
  "project_update_restored",
  "post_history_cleared",
  "join_request_accepted",
  "join_request_declined",
  "invite_created",
  "invite_revoked",
] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

export type ModerationTargetKind = "post" | "thread" | "member" | "project" | "meetup" | "group" | "invite";

/** What each act is done to: the entry's target kind follows from its action. */
export const ACTION_TARGETS: Record<ModerationAction, ModerationTargetKind> = {
  post_deleted: "post",
  reports_dismissed: "post",
  thread_deleted: "thread",
  thread_restored: "thread",
  thread_locked: "thread",
  thread_unlocked: "thread",
  thread_pinned: "thread",
  thread_unpinned: "thread",
  member_added: "member",
  member_removed: "member",
  member_reinstated: "member",
  member_role_changed: "member",
  project_deleted: "project",
  project_restored: "project",
  meetup_cancelled: "meetup",
  settings_changed: "group",
  thread_renamed: "thread",
  meetup_edited: "meetup",
  project_update_deleted: "project",
  post_restored: "post",
  project_update_restored: "project",
  post_history_cleared: "post",
  join_request_accepted: "member",
  join_request_declined: "member",
  invite_created: "invite",
  invite_revoked: "invite",
};

/** The filter's options, by what the acts are done to (the select's groups), in the order above. */
export const ACTION_FILTER_GROUPS: { label: string; actions: { value: ModerationAction; label: string }[] }[] = [
  {
    label: "Posts",
    actions: [
      { value: "post_deleted", label: "Posts deleted" },
      { value: "post_restored", label: "Posts restored" },
      { value: "post_history_cleared", label: "Edit histories cleared" },
      { value: "reports_dismissed", label: "Reports dismissed" },
    ],
  },
  {
    label: "Threads",
    actions: [
      { value: "thread_deleted", label: "Threads deleted" },
      { value: "thread_restored", label: "Threads restored" },
      { value: "thread_locked", label: "Threads locked" },
      { value: "thread_unlocked", label: "Threads unlocked" },
      { value: "thread_pinned", label: "Threads pinned" },
      { value: "thread_unpinned", label: "Threads unpinned" },
      { value: "thread_renamed", label: "Threads renamed" },
    ],
  },
  {
    label: "Members",
    actions: [
      { value: "member_added", label: "Members added" },
      { value: "member_removed", label: "Members removed" },
      { value: "member_reinstated", label: "Members reinstated" },
      { value: "member_role_changed", label: "Roles changed" },
      { value: "join_request_accepted", label: "Requests to join accepted" },
      { value: "join_request_declined", label: "Requests to join declined" },
      { value: "invite_created", label: "Invitation links created" },
      { value: "invite_revoked", label: "Invitation links revoked" },
    ],
  },
  {
    label: "Projects",
    actions: [
      { value: "project_deleted", label: "Projects deleted" },
      { value: "project_restored", label: "Projects restored" },
      { value: "project_update_deleted", label: "Project updates deleted" },
      { value: "project_update_restored", label: "Project updates restored" },
    ],
  },
  { label: "Meetups", actions: [{ value: "meetup_edited", label: "Meetups edited" }, { value: "meetup_cancelled", label: "Meetups cancelled" }] },
  { label: "Settings", actions: [{ value: "settings_changed", label: "Settings changed" }] },
];

export const MODERATION_LOG_PAGE_SIZE = 30;

/** The longest reason a moderator may give someone for deleting their post, thread or project, or removing them (decision 019). */
export const MODERATION_REASON_MAX = 300;

/** A moderator's optional reason, sent to the person with the notice and kept in the log: blank means none. */
export const moderationReasonSchema = z
  .string()
  .overwrite(trimInvisible)
  .max(MODERATION_REASON_MAX, `Keep the reason within ${MODERATION_REASON_MAX} characters.`)
  .optional()
  .transform((value) => value || null);

/** The group's moderation log, optionally filtered to one action. */
export function moderationLogPath(groupSlug: string, action?: ModerationAction): string {
  return `/g/${groupSlug}/log${action ? `?action=${action}` : ""}`;
}

/** The log page's query: an unknown action reads as no filter (a stale or hand-edited link), as a stray page does. */
export const moderationLogQuerySchema = z.object({
  action: z.enum(MODERATION_ACTIONS).optional().catch(undefined),
  page: pageNumberSchema,
});
export type ModerationLogQuery = z.output<typeof moderationLogQuerySchema>;

/** A deleted or reviewed post's label: whose it was and where, as the review queue names posts. */
export function postLabel(authorName: string, threadTitle: string): string {
  return `${authorName}'s post in “${threadTitle}”`;
}

/** The group settings an owner can change, as the log names them. */
export const SETTING_LABELS = { name: "name", description: "description", tags: "tags", visibility: "visibility", listed: "listing in the directory", language: "language" } as const;
export type SettingField = keyof typeof SETTING_LABELS;

/** What an act stores besides its target, by action (checked when read back: old rows may lack it). */
const detailsSchema = z
  .object({
    fromReports: z.boolean(),
    threadDeleted: z.boolean(),
    reports: z.number().int(),
    from: z.enum(["owner", "moderator", "organizer", "member"]),
    to: z.enum(["owner", "moderator", "organizer", "member"]),
    reason: z.string().nullable(),
    fields: z.array(z.enum(Object.keys(SETTING_LABELS) as [SettingField, ...SettingField[]])),
    /** A renamed thread's title before. */
    previousTitle: z.string(),
    /** What an edit changed, as its notification says ("time and place"). */
    changes: z.string(),
    /** Whose project update was deleted or restored. */
    author: z.string(),
    /** How many earlier versions of a post were removed from its edit history. */
    versions: z.number().int(),
    /** The request to join an acceptance answered (its row is deleted): a late answer to it is told so. */
    requestId: z.number().int(),
    /** A new invitation link's lifetime in days, and its cap on uses (null: none). */
    days: z.number().int(),
    maxUses: z.number().int().nullable(),
    /** How many people had joined through a link when it was revoked. */
    uses: z.number().int(),
  })
  .partial();
export type ModerationDetails = z.infer<typeof detailsSchema>;

/** An entry's details as stored (JSON), read leniently: what does not parse is left out of the sentence. */
export function readDetails(value: unknown): ModerationDetails {
  const parsed = detailsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}

/** The reason given with an act (a cancellation, a deletion), quoted after it. */
const said = (reason: string | null | undefined) => (reason ? `: “${reason}”` : "");
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const role = (value: GroupRole | undefined) => (value ? ROLE_LABELS[value].toLowerCase() : "?");

/**
 * How an entry reads, around its target's label (which the page links when the target still
 * exists): "<actor> <verb> <target><rest>", e.g. "Mo deleted the thread “Cheap watches”".
 */
export function describeModeration(action: ModerationAction, details: ModerationDetails): { verb: string; rest: string } {
  switch (action) {
    case "post_deleted": {
      const after = details.fromReports ? " after it was reported" : "";
      return { verb: "deleted", rest: `${after}${details.threadDeleted ? ", and its thread with it (nothing else was left in it)" : ""}${said(details.reason)}` };
    }
    case "post_restored":
      return { verb: "restored", rest: "" };
    case "post_history_cleared":
      return {
        verb: details.versions === undefined ? "removed the earlier versions of" : `removed ${plural(details.versions, "earlier version", "earlier versions")} of`,
        rest: " from its edit history",
      };
    case "reports_dismissed":
      return { verb: "kept", rest: ` and dismissed its ${details.reports === undefined ? "reports" : plural(details.reports, "report", "reports")}` };
    case "thread_deleted":
      return { verb: "deleted the thread", rest: said(details.reason) };
    case "thread_restored":
      return { verb: "restored the thread", rest: "" };
    case "thread_locked":
      return { verb: "locked the thread", rest: "" };
    case "thread_unlocked":
      return { verb: "unlocked the thread", rest: "" };
    case "thread_pinned":
      return { verb: "pinned the thread", rest: "" };
    case "thread_unpinned":
      return { verb: "unpinned the thread", rest: "" };
    case "member_added":
      return { verb: "added", rest: " to the group" };
    case "member_removed":
      return { verb: "removed", rest: ` from the group${said(details.reason)}` };
    case "join_request_accepted":
      return { verb: "accepted the request of", rest: " to join the group" };
    case "join_request_declined":
      return { verb: "declined the request of", rest: ` to join the group${said(details.reason)}` };
    case "invite_created": {
      const lasting = details.days === undefined ? "" : ` (works ${plural(details.days, "day", "days")}, ${details.maxUses ? `up to ${plural(details.maxUses, "use", "uses")}` : "no limit on uses"})`;
      return { verb: "created", rest: lasting };
    }
    case "invite_revoked":
      return { verb: "revoked", rest: details.uses === undefined ? "" : ` (${details.uses === 0 ? "nobody" : plural(details.uses, "person", "people")} had joined with it)` };
    case "member_reinstated":
      return { verb: "reinstated", rest: " as a member" };
    case "member_role_changed":
      return { verb: "changed the role of", rest: ` from ${role(details.from)} to ${role(details.to)}` };
    case "project_deleted":
      return { verb: "deleted the project", rest: said(details.reason) };
    case "project_restored":
      return { verb: "restored the project", rest: "" };
    case "meetup_cancelled":
      return { verb: "cancelled the meetup", rest: said(details.reason) };
    case "thread_renamed":
      return { verb: "renamed the thread", rest: details.previousTitle === undefined ? "" : ` (it was “${details.previousTitle}”)` };
    case "meetup_edited":
      return { verb: "changed the meetup", rest: details.changes ? ` (${details.changes})` : "" };
    case "project_update_deleted":
      return { verb: details.author ? `deleted ${details.author}'s update to the project` : "deleted an update to the project", rest: "" };
    case "project_update_restored":
      return { verb: details.author ? `restored ${details.author}'s update to the project` : "restored an update to the project", rest: "" };
    case "settings_changed":
      return { verb: "changed the settings of", rest: details.fields?.length ? ` (${details.fields.map((field) => SETTING_LABELS[field]).join(", ")})` : "" };
  }
}

/** The settings that differ between two versions of the group (what a save changed). */
export function changedSettings(before: Record<SettingField, unknown>, after: Record<SettingField, unknown>): SettingField[] {
  return (Object.keys(SETTING_LABELS) as SettingField[]).filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

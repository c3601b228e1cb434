import { z } from "zod";
import { editVersionField } from "@/lib/edit-version";
import { singleLineText, trimInvisible } from "@/lib/forms";
import { memberNameOrEmailField } from "@/lib/groups/schema";
import { moderationReasonSchema } from "@/lib/moderation/log";
import { pageNumberSchema } from "@/lib/pagination";

/**
 * Project forms' input, shared by the forms (field names) and the server (validation). No
 * Prisma here: the enums are spelled out, and `schema.test.ts` keeps them honest.
 */
export const PROJECT_STATUSES = ["proposed", "active", "completed", "archived"] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_ROLES = ["lead", "colead", "contributor"] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

export const LINK_KINDS = ["repository", "document", "site"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** A project starts as an idea (proposed) or as work already under way (active). */
export const CREATION_STATUSES = ["proposed", "active"] as const satisfies readonly ProjectStatus[];

export const NAME_MAX = 120;
export const GOAL_MAX = 20_000;
export const UPDATE_MAX = 20_000;
export const URL_MAX = 2_000;

/** The form field of each link kind: one optional link per kind keeps the form simple and each error next to its field. */
export const LINK_FIELDS = { repository: "repositoryUrl", document: "documentUrl", site: "siteUrl" } as const satisfies Record<LinkKind, string>;

export const LINK_LABELS: Record<LinkKind, string> = { repository: "Repository", document: "Document", site: "Website" };

/**
 * A link people will click from the project page: absolute http(s) only. `javascript:`,
 * `data:`, `ftp:` and relative addresses are refused rather than silently dropped, so the
 * person sees why.
 */
export function isHttpUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
}

export const linkUrlSchema = z
  .string()
  .trim()
  .max(URL_MAX, `Keep the address within ${URL_MAX.toLocaleString("en")} characters.`)
  .refine(isHttpUrl, "Use a full web address starting with http:// or https:// (e.g. https://github.com/…).");

/** An empty link field means "no link of this kind". */
const optionalLink = z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), linkUrlSchema.optional());

const idSchema = z.coerce
  .number({ error: "Invalid reference." })
  .int("Invalid reference.")
  .positive("Invalid reference.")
  .max(2_147_483_647, "Invalid reference.");

/** "" (the select's "none" option, or an absent hidden field) means no reference. */
const optionalId = z.preprocess((value) => (value === "" || value === null ? undefined : value), idSchema.optional());

export const projectNameSchema = z
  .string({ error: "Give the project a name." })
  .overwrite(singleLineText)
  .min(1, "Give the project a name.")
  .max(NAME_MAX, `Keep the name within ${NAME_MAX} characters.`);

export const projectGoalSchema = z
  .string({ error: "Describe the project's goal." })
  .overwrite(trimInvisible)
  .min(1, "Describe the project's goal: what will exist when it is done?")
  .max(GOAL_MAX, `Keep the goal within ${GOAL_MAX.toLocaleString("en")} characters.`);

const detailsShape = {
  name: projectNameSchema,
  goal: projectGoalSchema,
  sourceThreadId: optionalId,
  repositoryUrl: optionalLink,
  documentUrl: optionalLink,
  siteUrl: optionalLink,
};

export interface ProjectLinkInput {
  kind: LinkKind;
  url: string;
}

function withLinks<T extends { repositoryUrl?: string; documentUrl?: string; siteUrl?: string }>({ repositoryUrl, documentUrl, siteUrl, ...rest }: T) {
  const links: ProjectLinkInput[] = [];
  if (repositoryUrl) links.push({ kind: "repository", url: repositoryUrl });
  if (documentUrl) links.push({ kind: "document", url: documentUrl });
  if (siteUrl) links.push({ kind: "site", url: siteUrl });
  return { ...rest, links };
}

/** Starting a project: its details, the status it starts in, and where it was born. */
export const createProjectSchema = z
  .object({
    ...detailsShape,
    status: z.enum(CREATION_STATUSES, { error: "A new project starts as proposed or active." }),
    sourcePostId: optionalId,
  })
  .refine((input) => input.sourcePostId === undefined || input.sourceThreadId !== undefined, {
    message: "A project started from a post needs that post's thread as its source.",
    path: ["sourceThreadId"],
  })
  .transform(withLinks);
export type CreateProjectInput = z.infer<typeof createProjectSchema>;

/** Editing a project's details (status has its own rules and control). */
export const updateProjectSchema = z.object({ ...detailsShape, version: editVersionField }).transform(withLinks);
export type UpdateProjectInput = z.infer<typeof updateProjectSchema>;

export const projectRefSchema = z.object({ projectId: idSchema });
/** A moderator deleting a project may say why, to its leads (decision 019). */
export const deleteProjectSchema = projectRefSchema.extend({ reason: moderationReasonSchema });

export const statusChangeSchema = projectRefSchema.extend({
  status: z.enum(PROJECT_STATUSES, { error: "Choose a status." }),
});

const contributorRefShape = { userId: z.string().min(1, "Choose a contributor.").max(40, "Choose a contributor.") };

export const roleChangeSchema = projectRefSchema.extend({
  ...contributorRefShape,
  role: z.enum(PROJECT_ROLES, { error: "Choose a role." }),
});

/** The lead takes someone off the project: the project and the person, from the row's hidden fields. */
export const removeContributorSchema = projectRefSchema.extend(contributorRefShape);

const updateBodySchema = z
  .string({ error: "Write the update before posting it." })
  .overwrite(trimInvisible)
  .min(1, "Write the update before posting it.")
  .max(UPDATE_MAX, `Keep the update within ${UPDATE_MAX.toLocaleString("en")} characters.`);

export const projectUpdateSchema = projectRefSchema.extend({ body: updateBodySchema });

/** The roles a lead gives someone they add: the lead itself is handed over among contributors. */
export const ADDED_ROLES = ["contributor", "colead"] as const satisfies readonly ProjectRole[];

/** A lead adds a member of the group by their name or their account's email (decision 005 §12). */
export const addContributorSchema = projectRefSchema.extend({
  person: memberNameOrEmailField("Enter the name or email of the member to add."),
  role: z.enum(ADDED_ROLES, { error: "Choose Contributor or Co-lead." }),
});

/** One progress update, for editing (with its new body) or deleting it. */
export const updateRefSchema = z.object({ updateId: idSchema });
export const editUpdateSchema = updateRefSchema.extend({ body: updateBodySchema });

/** `?page=` of a project page's updates (lib/pagination: malformed reads as 1, past the end is a 404). */
export const projectPageQuerySchema = z.object({ page: pageNumberSchema });

/** `?thread=12&post=34` on the new-project page: anything malformed is simply ignored. */
export const newProjectQuerySchema = z.object({
  thread: idSchema.optional().catch(undefined),
  post: idSchema.optional().catch(undefined),
});

/** The new-project URL, from the Projects tab, a thread, or a post of a thread. */
export function newProjectPath(groupSlug: string, from?: { threadId: number; postId?: number }): string {
  const base = `/g/${groupSlug}/projects/new`;
  if (!from) return base;
  return from.postId === undefined ? `${base}?thread=${from.threadId}` : `${base}?thread=${from.threadId}&post=${from.postId}`;
}

/** The project form's Name field: where focus goes once a newcomer has joined to start one. */
export const PROJECT_NAME_FIELD_ID = "field-name";

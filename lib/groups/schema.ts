import slugify from "@sindresorhus/slugify";
import { z } from "zod";
import { pageNumberSchema } from "@/lib/pagination";
import { emailField } from "@/lib/auth/schema";
import { hasVisibleContent, NOTHING_TO_SHOW } from "@/lib/markdown/visible";

/** URL segments under /g/ that a group slug must not shadow, now or later. */
export const RESERVED_SLUGS = new Set(["new", "admin", "api", "health", "settings", "search", "groups", "login", "signup", "me", "moderation"]);

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug a name suggests: transliterated (é → e, œ → oe, ß → ss), lower-case, hyphens. */
export function slugFromName(name: string, maxLength = 48): string {
  return slugify(name).slice(0, maxLength).replace(/-+$/, "");
}

export const groupSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "The address needs at least 3 characters.")
  .max(48, "Keep the address under 48 characters.")
  .regex(SLUG_PATTERN, "Use lower-case letters, digits and single hyphens only (e.g. urban-gardening).")
  .refine((slug) => !RESERVED_SLUGS.has(slug), "That address is reserved: choose another.");

/** "Urban Gardening, compost ,  zero waste" → ["urban-gardening", "compost", "zero-waste"]. */
export function parseTags(raw: string): string[] {
  const tags = raw
    .split(/[,;\n]/)
    .map((tag) => slugify(tag.trim()))
    .filter((tag) => tag.length > 0);
  return [...new Set(tags)];
}

export const tagsSchema = z
  .string()
  .max(400, "That is a lot of tags: keep it under 8.")
  .transform(parseTags)
  .pipe(
    z
      .array(z.string().min(2, "Each tag needs at least 2 characters.").max(30, "Keep each tag under 30 characters."))
      .max(8, "Use at most 8 tags."),
  );

/** The hidden reference to the group a form acts on. */
const groupIdField = z.string().min(1).max(40);

/** What an owner can change later; the address (slug) is fixed once links to the group exist. */
const groupSettingsFields = {
  name: z.string().trim().min(3, "Give the group a name of at least 3 characters.").max(80, "Keep the name under 80 characters."),
  description: z
    .string()
    .trim()
    .min(10, "Describe what the group is about (at least 10 characters).")
    .max(10_000, "Keep the description under 10,000 characters.")
    .refine(hasVisibleContent, NOTHING_TO_SHOW),
  tags: tagsSchema,
  visibility: z.enum(["public", "private"], { error: "Choose who can see the group." }),
};

export const createGroupSchema = z.object({ ...groupSettingsFields, slug: groupSlugSchema });
export type CreateGroupInput = z.infer<typeof createGroupSchema>;

export const groupSettingsSchema = z.object({ groupId: groupIdField, ...groupSettingsFields });
export type GroupSettingsInput = z.infer<typeof groupSettingsSchema>;

/** An owner adds someone who already has a Toile account, by that account's email. */
export const addMemberSchema = z.object({ groupId: groupIdField, email: emailField("Enter the email address of the person to add.") });
export type AddMemberInput = z.infer<typeof addMemberSchema>;

export const groupRoleSchema = z.enum(["owner", "moderator", "organizer", "member"], { error: "Choose a role." });

export const directoryQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  tag: z.string().trim().toLowerCase().max(30).optional().catch(undefined),
  page: pageNumberSchema,
});

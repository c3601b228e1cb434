import { z } from "zod";
import { singleLineText, trimInvisible } from "@/lib/forms";
import { linkUrlSchema } from "@/lib/projects/schema";

export const HEADLINE_MAX = 120;
export const LOCATION_MAX = 80;
export const BIO_MAX = 2_000;

/**
 * What a member's profile says of them (decision 028); every field may be left empty. The
 * website is an absolute http(s) address, as a project's links: people click it.
 */
export const profileSchema = z.object({
  headline: z.string().overwrite(singleLineText).max(HEADLINE_MAX, `Keep your headline within ${HEADLINE_MAX} characters.`),
  location: z.string().overwrite(singleLineText).max(LOCATION_MAX, `Keep the place within ${LOCATION_MAX} characters.`),
  website: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), linkUrlSchema.optional()),
  bio: z.string().overwrite(trimInvisible).max(BIO_MAX, `Keep it within ${BIO_MAX.toLocaleString("en")} characters.`),
});
export type ProfileInput = z.infer<typeof profileSchema>;

/** The website as a profile shows it: its host and path, without the scheme or a trailing slash. */
export function websiteLabel(url: string): string {
  const parsed = new URL(url);
  const path = parsed.pathname === "/" ? "" : parsed.pathname.replace(/\/$/, "");
  return `${parsed.host.replace(/^www\./, "")}${path}`;
}

import { db } from "@/lib/db";
import { RENDER_VERSION, renderMarkdown } from "@/lib/markdown/render";
import type { ProfileInput } from "./schema";

/**
 * Saves what one's profile says (decision 028): the bio rendered once, here, with the same
 * sanitising pipeline as posts; an empty field clears what was there.
 */
export async function updateProfile(userId: string, input: ProfileInput) {
  const bioHtml = input.bio === "" ? "" : renderMarkdown(input.bio, "bio");
  return db.user.update({
    where: { id: userId },
    data: { headline: input.headline, location: input.location, website: input.website ?? null, bio: input.bio, bioHtml, renderVersion: RENDER_VERSION },
    select: { id: true },
  });
}

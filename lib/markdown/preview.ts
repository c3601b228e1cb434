/**
 * "Preview" beside every Markdown field (GitHub, Discourse and Flarum all have one): the text as
 * it will be shown, through the same pipeline and sanitiser as saving it, without saving it.
 */
import { z } from "zod";
import { isAppError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit";
import { renderMarkdown } from "./render";

/** The longest Markdown field (a post's body). */
export const PREVIEW_MAX = 50_000;

export const previewSchema = z.string({ error: "Nothing to preview." }).max(PREVIEW_MAX, `Keep it within ${PREVIEW_MAX.toLocaleString("en")} characters.`);

export type PreviewResult = { html: string } | { error: string };

/** The HTML `markdown` would be shown as, for the signed-in `userId`, or why it cannot be shown. */
export async function previewMarkdown(userId: string, markdown: unknown): Promise<PreviewResult> {
  const parsed = previewSchema.safeParse(markdown);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Nothing to preview." };
  try {
    await consumeRateLimit("preview", userId);
    return { html: renderMarkdown(parsed.data) };
  } catch (error) {
    if (isAppError(error)) return { error: error.message };
    throw error;
  }
}

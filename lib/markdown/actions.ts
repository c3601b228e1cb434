"use server";

import { getViewer } from "@/lib/auth/session";
import { previewMarkdown, type PreviewResult } from "./preview";

/** The preview of a Markdown field (components/ui/markdown-preview.tsx): for signed-in people, who are the ones writing. */
export async function previewMarkdownAction(markdown: unknown): Promise<PreviewResult> {
  const viewer = await getViewer();
  if (!viewer) return { error: "Sign in to preview." };
  return previewMarkdown(viewer.id, markdown);
}

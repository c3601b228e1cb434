/**
 * @mentions in posts (decision 021). A mention is a link to a person's profile whose text starts
 * with "@" — `[@Ana Souza](/u/<id>)`, which the post box's suggestions write when a name is
 * picked — so it needs no usernames (Toile has display names, which are not unique) and reads as
 * a link to the person everywhere, the search and previews included. Pure: reads the sanitised
 * tree the reader is shown (lib/markdown), so what notifies is what is on the page.
 */
import type { Element, Root } from "hast";
import { toText } from "hast-util-to-text";
import { visit } from "unist-util-visit";
import { readTree } from "@/lib/markdown/pipeline";

export { mentionMarkdown } from "./mention-syntax";

/** A person's profile address, as pages link it (`/u/<id>`, ids being cuids). */
const PROFILE_HREF = /^\/u\/([a-z0-9]{20,40})$/;

/** At most this many people are told of one post's mentions (Discourse's default too): a post is not a mailing list. */
export const MENTIONS_NOTIFIED_MAX = 10;

/** What a mentioned person is told (`post.mentioned`), by the app and the demo seed alike. */
export function mentionNoticeMessage(authorName: string, threadTitle: string): string {
  return `${authorName} mentioned you in “${threadTitle}”.`;
}

/** The ids of the people a post mentions, each once, in the order they first appear. */
export function mentionedUserIds(markdown: string): string[] {
  // Most posts mention nobody: no profile link, no parsing.
  if (!markdown.includes("/u/")) return [];
  const ids = new Set<string>();
  visit(readTree(markdown) as Root, "element", (node: Element) => {
    if (node.tagName !== "a") return;
    const href = node.properties?.href;
    const match = typeof href === "string" ? PROFILE_HREF.exec(href) : null;
    if (match && toText(node).trimStart().startsWith("@")) ids.add(match[1]!);
  });
  return [...ids];
}

/**
 * Whom a post's mentions tell: people mentioned in `body` and not already in `before` (an edit
 * tells only those it adds), never its author nor anyone in `skip` (told otherwise of the same
 * post: the author of the post it answers), at most MENTIONS_NOTIFIED_MAX of them.
 */
export function newlyMentioned(body: string, options: { before?: string; authorId: string; skip?: readonly string[] }): string[] {
  const earlier = new Set(options.before ? mentionedUserIds(options.before) : []);
  const skip = new Set([options.authorId, ...(options.skip ?? [])]);
  return mentionedUserIds(body).filter((id) => !earlier.has(id) && !skip.has(id)).slice(0, MENTIONS_NOTIFIED_MAX);
}

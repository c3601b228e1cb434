import type { Root } from "hast";
import { toText } from "hast-util-to-text";
import { EXIT, visit } from "unist-util-visit";
import { AppError } from "@/lib/errors";
import { shortenText } from "./excerpt";
import { markdownComplexityRefusal } from "./limits";
import { processor, renderTree } from "./pipeline";

/**
 * Markdown (CommonMark + GitHub extensions) to safe HTML, the way GitHub and Discourse do it:
 * raw HTML in the source is parsed as HTML (so `<div>text</div>` or a `<details>` block shows
 * what was typed), then the whole tree is sanitised with GitHub's schema: no script, style,
 * iframe or form, no event-handler attributes, only http(s)/mailto links and http(s) images,
 * no comments, ids prefixed so a post cannot clobber page globals. Links open with
 * rel="nofollow ugc noopener noreferrer". Headings are shifted down two ranks (see below).
 *
 * Posts, group and meetup descriptions, project goals and updates store the result at write
 * time (like Discourse's "cooked" HTML), so pages never render markdown on read. Bump
 * RENDER_VERSION when this pipeline's output changes: each of those rows records the version
 * it was rendered with, and `npm run posts:backfill` re-renders the older ones.
 *
 * 2: raw HTML rendered and sanitised instead of dropped; footnote links reach their notes;
 *    headings shifted so the highest is an h3.
 * 3: a single line break is a line break (remark-breaks).
 * 4: ids scoped to their text (two posts' footnotes on one page); no tabindex, accesskey or
 *    sr-only class from authors; images need an absolute http(s) address.
 * 5: an image left without an address shows its alt text instead of an empty <img>; an image
 *    without alt gets alt="" (screen readers skip it rather than read its address).
 * 6: a code block is a keyboard stop named "Code" (tabindex="0"), so its sideways scroll can be
 *    reached without a mouse.
 * 7: an author's own <input> goes; only a task list's checkbox stays.
 */
export const RENDER_VERSION = 7;


/**
 * Refuses, on `field`, a text the parser would take too long on (lib/markdown/limits.ts): every
 * render of what people type goes through here first.
 */
function requireRenderable(markdown: string, field: string): void {
  const refusal = markdownComplexityRefusal(markdown);
  if (refusal) throw new AppError("INVALID", refusal, { field });
}

/**
 * Re-rendering what is already stored (`posts:backfill`): a text saved before the limits
 * existed and over them is shown as plain, escaped text instead of stopping the backfill.
 */
export function renderStoredMarkdown(markdown: string): string {
  if (!markdownComplexityRefusal(markdown)) return String(processor.processSync(markdown));
  const escaped = markdown.replace(/[&<>"]/g, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[character]!);
  return `<p>${escaped}</p>`;
}

/** A markdown field's HTML (an optional one: a meetup's description); `field` names it in a refusal. */
export function renderMarkdown(markdown: string, field = "body"): string {
  requireRenderable(markdown, field);
  return String(processor.processSync(markdown));
}

/**
 * A character that shows something: not white space, and not one of the characters that
 * render as nothing (format characters such as zero-width spaces and joiners, bidi marks, the
 * soft hyphen and the byte-order mark; variation selectors and the combining grapheme joiner;
 * the Hangul fillers and the blank Braille pattern, which are letters or symbols drawn empty).
 */
const VISIBLE_CHARACTER = /[^\s\p{Cc}\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u2800\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]/u;

/**
 * Whether a rendered text shows the reader anything: some visible text, or an image with a
 * source. False for a body that is only a script, a comment, an empty link or invisible
 * characters, which would publish an empty post.
 */
function treeShowsSomething(tree: Root): boolean {
  let image = false;
  visit(tree, "element", (node) => {
    if (node.tagName === "img" && node.properties.src) {
      image = true;
      return EXIT;
    }
  });
  return image || VISIBLE_CHARACTER.test(toText(tree));
}

/** What a required field that would show nothing is told. */
export const NOTHING_TO_SHOW = "This would show nothing: write some text.";

/**
 * Renders a required markdown field (a post, a goal, a description): its HTML, or an AppError
 * on `field` when the rendered text would show the reader nothing. Checked on the server, where
 * the text is rendered anyway, so forms never download this pipeline to make the check.
 */
export function renderRequiredMarkdown(markdown: string, field: string): string {
  requireRenderable(markdown, field);
  const tree = renderTree(markdown);
  if (!treeShowsSomething(tree)) throw new AppError("INVALID", NOTHING_TO_SHOW, { field });
  return processor.stringify(tree);
}

/**
 * Plain-text excerpt of a markdown text that has no stored HTML: the text a reader
 * sees in the rendered post (same parser and sanitiser, so scripts and comments are dropped,
 * tags keep their text, links keep their words, and `snake_case` keeps its underscore), on
 * one line, cut at a word. It parses the text: where the rendered HTML is stored (posts, group
 * descriptions), take `htmlExcerpt` of it instead (lib/markdown/excerpt.ts).
 */
export function markdownExcerpt(markdown: string, maxLength = 200): string {
  // (A text stored before the limits existed, and over them, is shown as typed rather than parsed.)
  return shortenText(markdownComplexityRefusal(markdown) ? markdown : toText(renderTree(markdown)), maxLength);
}

import type { Root } from "hast";
import { toText } from "hast-util-to-text";
import rehypeExternalLinks from "rehype-external-links";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeShiftHeading from "rehype-shift-heading";
import rehypeStringify from "rehype-stringify";
import remarkBreaks from "remark-breaks";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { EXIT, SKIP, visit } from "unist-util-visit";
import { AppError } from "@/lib/errors";
import { shortenText } from "./excerpt";
import { markdownComplexityRefusal } from "./limits";

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
 */
export const RENDER_VERSION = 5;

/**
 * The sanitiser prefixes every id and name with this (DOM clobbering: an element with
 * id="location" would otherwise shadow `window.location` for the page's scripts).
 */
const CLOBBER_PREFIX = "user-content-";

/**
 * A page's h1 is its own title (the thread, the project, the group) and its h2s are its
 * sections: user content starts at h3 (h1 → h3, h2 → h4, …, capped at h6).
 */
const HEADING_SHIFT = 2;

/** Attributes that would let a post reach outside itself: a positive tabindex reorders the whole page's Tab order, an accesskey takes a browser shortcut. */
const PAGE_LEVEL_ATTRIBUTES = new Set(["tabIndex", "accessKey"]);

const { h2: _footnoteLabelClass, ...elementAttributes } = defaultSchema.attributes ?? {};

const schema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...elementAttributes,
    "*": (defaultSchema.attributes?.["*"] ?? []).filter((attribute) => !PAGE_LEVEL_ATTRIBUTES.has(typeof attribute === "string" ? attribute : attribute[0])),
    // (No `sr-only` class on h2: GitHub allows it for the notes' label, but in a post it hides
    // text from sighted readers. The notes' "Footnotes" heading shows instead.)
  },
  clobberPrefix: CLOBBER_PREFIX,
  // GitHub's schema drops only script with its content; other unknown elements are unwrapped
  // to their text, which would show a style sheet's rules or an iframe's fallback markup as
  // prose. These hold code or form controls, not text meant for the reader: they go whole.
  strip: [...(defaultSchema.strip ?? []), "style", "iframe", "template", "title", "textarea", "select"],
  protocols: {
    ...defaultSchema.protocols,
    href: ["http", "https", "mailto"],
    src: ["http", "https"],
    srcSet: ["http", "https"],
  },
};

/** A short, stable name for one text (FNV-1a, base 36): the same text always gets the same ids. */
function scopeOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * Ids scoped to the text they come from. The sanitiser gives every id and name CLOBBER_PREFIX;
 * a page shows many posts, and two posts' footnote 1 must not share an id (the second post's
 * reference would jump to the first post's note). So every id, anchor name and ARIA reference
 * becomes `user-content-<scope>-…`, <scope> named after the text, and every in-page link
 * (footnotes, back-references, an author's own `[top](#top)`) follows. remark-rehype is told not
 * to add the prefix itself.
 */
function rehypeScopeIds() {
  return (tree: Root, file: { value: unknown }) => {
    const scope = `${CLOBBER_PREFIX}${scopeOf(String(file.value))}-`;
    const scoped = (value: string) => scope + (value.startsWith(CLOBBER_PREFIX) ? value.slice(CLOBBER_PREFIX.length) : value);
    visit(tree, "element", (node) => {
      const properties = node.properties;
      if (typeof properties.id === "string") properties.id = scoped(properties.id);
      if (node.tagName === "a" && typeof properties.name === "string") properties.name = scoped(properties.name);
      for (const key of ["ariaDescribedBy", "ariaLabelledBy"] as const) {
        const value = properties[key];
        if (Array.isArray(value)) properties[key] = value.map((token) => scoped(String(token)));
      }
      const href = properties.href;
      if (node.tagName === "a" && typeof href === "string" && href.length > 1 && href.startsWith("#")) properties.href = `#${scoped(href.slice(1))}`;
    });
  };
}

/**
 * An image needs an absolute http(s) address (a relative one would have every reader's browser
 * request a page of this site). One without (none given, or not allowed) is replaced by its alt
 * text, as a browser shows a broken image's: an empty <img> shows nothing and reads as an image
 * with no description. One without alt text gets an empty one, so screen readers skip it
 * instead of reading out its address.
 */
function rehypeUsableImages() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "img") return;
      const { src, alt } = node.properties;
      if (typeof src !== "string" || !/^https?:\/\//i.test(src)) {
        if (!parent || index === undefined) return;
        const text = typeof alt === "string" ? alt.trim() : "";
        parent.children.splice(index, 1, ...(text ? [{ type: "text" as const, value: text }] : []));
        return [SKIP, index];
      }
      if (typeof alt !== "string") node.properties.alt = "";
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // A line break typed is a line break shown, as in GitHub comments and on Discourse: people
  // write posts, not documents, and "Line one⏎Line two" run together surprises them.
  .use(remarkBreaks)
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: "" })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema)
  .use(rehypeShiftHeading, { shift: HEADING_SHIFT })
  .use(rehypeScopeIds)
  .use(rehypeUsableImages)
  .use(rehypeExternalLinks, { rel: ["nofollow", "ugc", "noopener", "noreferrer"], target: "_blank" })
  .use(rehypeStringify)
  .freeze();

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

/** The sanitised tree a markdown text renders to: what the reader will see, before stringifying. */
function renderTree(markdown: string): Root {
  return processor.runSync(processor.parse(markdown), markdown);
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

import type { Root } from "hast";
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
import { SKIP, visit } from "unist-util-visit";

// The markdown pipeline itself (what render.ts documents), with no error type, database or
// framework: lib/health's analyzePost reads the same sanitised tree the reader is shown, so the
// words and artefacts it counts are the ones on the page. Pure.

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

/**
 * A code block is a keyboard stop, named "Code": `.post-body` lets a long line scroll sideways
 * in its own box (a phone shows about 35 characters of it), and a box that scrolls must be
 * reachable by the keyboard to be scrolled (axe's scrollable-region-focusable), as GitHub's and
 * Discourse's code blocks are. Added after the sanitiser, which drops an author's own tabindex
 * (PAGE_LEVEL_ATTRIBUTES): this one is 0, in the page's order. A group, not a region: a post
 * full of snippets would otherwise fill the page's list of landmarks.
 */
function rehypeFocusableCode() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      if (node.tagName !== "pre") return;
      node.properties.tabIndex = 0;
      node.properties.role = "group";
      node.properties.ariaLabel = "Code";
    });
  };
}

/** Set on the task list's own checkboxes before raw HTML is parsed, removed after (never stored). */
const TASK_BOX_MARK = "dataToileTaskBox";

/**
 * A checkbox is allowed in a post as a task list's box (`- [x] done`), as on GitHub, and only
 * there: the sanitiser's schema cannot tell an author's own `<input>` from that box, and an
 * author's input showed as a stray, unlabelled, disabled field (a text box without its type).
 * The boxes remark-gfm made are marked before rehype-raw parses the author's HTML; every input
 * left unmarked afterwards is the author's, and goes.
 */
function rehypeMarkTaskBoxes() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      if (node.tagName === "input") node.properties[TASK_BOX_MARK] = "";
    });
  };
}

function rehypeOnlyTaskBoxes() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "input") return;
      if (TASK_BOX_MARK in node.properties) {
        delete node.properties[TASK_BOX_MARK];
        return;
      }
      if (!parent || index === undefined) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

export const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // A line break typed is a line break shown, as in GitHub comments and on Discourse: people
  // write posts, not documents, and "Line one⏎Line two" run together surprises them.
  .use(remarkBreaks)
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: "" })
  .use(rehypeMarkTaskBoxes)
  .use(rehypeRaw)
  .use(rehypeOnlyTaskBoxes)
  .use(rehypeSanitize, schema)
  .use(rehypeShiftHeading, { shift: HEADING_SHIFT })
  .use(rehypeScopeIds)
  .use(rehypeUsableImages)
  .use(rehypeFocusableCode)
  .use(rehypeExternalLinks, { rel: ["nofollow", "ugc", "noopener", "noreferrer"], target: "_blank" })
  .use(rehypeStringify)
  .freeze();

/** The sanitised tree a markdown text renders to: what the reader will see, before stringifying. */
export function renderTree(markdown: string): Root {
  return processor.runSync(processor.parse(markdown), markdown);
}

/**
 * The same steps without re-parsing raw HTML, for a text that has none (no `<`): reading that
 * tree through an HTML parser (rehype-raw) is then a costly no-op, about half of the work.
 * For reading a text's words and links (analyzePost), not for storing HTML.
 */
const processorWithoutRawHtml = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkBreaks)
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: "" })
  .use(rehypeSanitize, schema)
  .use(rehypeShiftHeading, { shift: HEADING_SHIFT })
  .use(rehypeScopeIds)
  .use(rehypeUsableImages)
  .use(rehypeExternalLinks, { rel: ["nofollow", "ugc", "noopener", "noreferrer"], target: "_blank" })
  .freeze();

/** renderTree, faster for a text without raw HTML; the same text and links (a test compares them). */
export function readTree(markdown: string): Root {
  if (markdown.includes("<")) return renderTree(markdown);
  return processorWithoutRawHtml.runSync(processorWithoutRawHtml.parse(markdown), markdown);
}

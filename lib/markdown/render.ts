import { toText } from "hast-util-to-text";
import rehypeExternalLinks from "rehype-external-links";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/**
 * Markdown (CommonMark + GitHub extensions) to safe HTML, the way GitHub and Discourse do it:
 * raw HTML in the source is parsed as HTML (so `<div>text</div>` or a `<details>` block shows
 * what was typed), then the whole tree is sanitised with GitHub's schema: no script, style,
 * iframe or form, no event-handler attributes, only http(s)/mailto links and http(s) images,
 * no comments, ids prefixed so a post cannot clobber page globals. Links open with
 * rel="nofollow ugc noopener noreferrer".
 *
 * Posts store the result at write time (like Discourse's "cooked" HTML), so pages never
 * render markdown on read. Bump RENDER_VERSION when this pipeline changes, and re-render with
 * `npm run posts:backfill`.
 */
export const RENDER_VERSION = 1;

const schema: SanitizeSchema = {
  ...defaultSchema,
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

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, schema)
  .use(rehypeExternalLinks, { rel: ["nofollow", "ugc", "noopener", "noreferrer"], target: "_blank" })
  .use(rehypeStringify)
  .freeze();

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

/**
 * Plain-text excerpt of a markdown text, for lists and meta descriptions: the text a reader
 * sees in the rendered post (same parser and sanitiser, so scripts and comments are dropped,
 * tags keep their text, links keep their words, and `snake_case` keeps its underscore), on
 * one line, cut at a word.
 */
export function markdownExcerpt(markdown: string, maxLength = 200): string {
  const tree = processor.runSync(processor.parse(markdown));
  const text = toText(tree).replace(/\s+/g, " ").trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const atWord = cut.lastIndexOf(" ");
  return `${(atWord > maxLength * 0.6 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

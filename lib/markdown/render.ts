import { toText } from "hast-util-to-text";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/**
 * Markdown (CommonMark + GitHub extensions) to safe HTML. Raw HTML in the source is dropped
 * (remark-rehype without allowDangerousHtml), then the tree is sanitised with GitHub's schema:
 * no script or style, no event-handler attributes, only http(s)/mailto links, ids prefixed so
 * a post cannot clobber page globals. Links open with rel="nofollow ugc noopener noreferrer".
 *
 * Posts store the result at write time (like Discourse's "cooked" HTML), so pages never
 * render markdown on read. Bump RENDER_VERSION when this pipeline changes, and re-render with
 * `npm run posts:backfill`.
 */
export const RENDER_VERSION = 1;

const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: ["http", "https"] },
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .use(rehypeExternalLinks, { rel: ["nofollow", "ugc", "noopener", "noreferrer"], target: "_blank" })
  .use(rehypeStringify)
  .freeze();

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

/**
 * Plain-text excerpt of a markdown text, for lists and meta descriptions: the text a reader
 * sees in the rendered post (same parser and sanitiser, so raw HTML is dropped, links keep
 * their words, and `snake_case` keeps its underscore), on one line, cut at a word.
 */
export function markdownExcerpt(markdown: string, maxLength = 200): string {
  const tree = processor.runSync(processor.parse(markdown));
  const text = toText(tree).replace(/\s+/g, " ").trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const atWord = cut.lastIndexOf(" ");
  return `${(atWord > maxLength * 0.6 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

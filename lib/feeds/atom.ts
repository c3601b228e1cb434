/**
 * Atom feeds of a group's discussions (decision 024), built with the `feed` library: the entries
 * are what the pages show, the HTML as rendered and sanitised at write time. Pure: no database,
 * no request, so the XML is unit-tested and parsed back by an independent parser.
 */
import { Feed } from "feed";

export interface FeedEntry {
  /** Permanent: a tag URI (`entryId`), which a renamed thread or group does not change. */
  id: string;
  title: string;
  /** Absolute: where the entry is read on the site. */
  link: string;
  published: Date;
  updated: Date;
  author: string;
  /** Sanitised HTML (the post's stored rendering); site-relative links are made absolute here. */
  html: string;
}

export interface AtomFeedInput {
  id: string;
  title: string;
  subtitle: string;
  /** The page the feed follows, and the feed's own address: absolute. */
  link: string;
  self: string;
  origin: string;
  /** When nothing is in it yet: the group's creation. */
  emptyUpdated: Date;
  entries: FeedEntry[];
}

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

/**
 * A permanent id, `tag:<host>,2026:<name>` (RFC 4151): for an entry, `thread-<id>` or
 * `post-<id>`, whose number never changes while its address follows its title and its group's
 * slug; for a feed, what it follows (`group-<id>-threads`).
 */
export function tagUri(origin: string, name: string): string {
  return `tag:${new URL(origin).hostname},2026:${name}`;
}

export function entryId(origin: string, what: "thread" | "post", id: number): string {
  return tagUri(origin, `${what}-${id}`);
}

/**
 * The stored HTML with its site-relative links and images made absolute: a feed reader shows it
 * away from the site (a mention links to `/u/<id>`).
 */
export function absoluteLinks(html: string, origin: string): string {
  return html.replace(/(\s(?:href|src))="\/(?!\/)/g, `$1="${origin}/`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Characters XML 1.0 does not allow (its `Char` production): C0 controls but tab and line breaks,
 * U+FFFE and U+FFFF, and halves of surrogate pairs alone. One in a title or a name would make the
 * whole feed unreadable to every reader; text stored before typing was cleaned of them
 * (`normalizeTyped`) may hold them.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function buildAtomFeed(input: AtomFeedInput): string {
  const updated = input.entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), input.emptyUpdated);
  const feed = new Feed({
    id: input.id,
    title: input.title,
    description: input.subtitle,
    link: input.link,
    updated,
    generator: "Toile",
    copyright: "",
    feedLinks: { atom: input.self },
  });
  for (const entry of input.entries) {
    feed.addItem({
      id: entry.id,
      // The library marks titles type="html": a plain title's "<" must read as text, not markup.
      title: escapeHtml(entry.title),
      link: entry.link,
      date: entry.updated,
      published: entry.published,
      author: [{ name: entry.author }],
      // The library wraps the HTML in a CDATA section and splits only the first "]]>" in it: a
      // second one (a post quoting code twice) would end the section and break the whole feed.
      // As HTML, "]]&gt;" reads the same.
      content: absoluteLinks(entry.html, input.origin).replaceAll("]]>", "]]&gt;"),
    });
  }
  return feed.atom1().replace(NOT_XML, "");
}

export function atomResponse(body: string, options: { personal: boolean }): Response {
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": ATOM_CONTENT_TYPE,
      // A private group's feed carries a member's key and the group's words: no shared cache.
      // A public one is the same for everyone; readers poll it, so a few minutes' cache is fine.
      "Cache-Control": options.personal ? "private, no-store" : "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** A feed that does not exist for this request (unknown, hidden, or a wrong key): a bare 404. */
export function feedNotFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
}

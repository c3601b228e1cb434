/**
 * Plain-text excerpts for lists and cards, taken from HTML the markdown pipeline already
 * rendered and stored (lib/markdown/render.ts): pages never parse markdown on read, and a list
 * of cards costs a pass of two regular expressions over each stored text. The HTML is the
 * sanitiser's output, so its tags are well formed, comments are gone, and text holds no raw
 * `<`. Pure, and linear in the HTML's length.
 */

import { cutText } from "@/lib/text";

/** Elements after which text starts afresh: their text is set apart by a space, as toText does. */
const BLOCK_ELEMENTS = new Set(
  "address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li ol p pre section summary table tbody td tfoot th thead tr ul".split(" "),
);

/** A start or end tag; attribute values are quoted and may hold `>`. */
const TAG = /<\/?([A-Za-z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

const NAMED_REFERENCES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeReferences(text: string): string {
  return text.replace(/&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z]+));/g, (reference, hex?: string, decimal?: string, name?: string) => {
    if (name) return NAMED_REFERENCES[name] ?? reference;
    const code = hex ? parseInt(hex, 16) : Number(decimal);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });
}

/** `text` on one line, cut at a word to at most `maxLength` characters (an ellipsis ends a cut). */
export function shortenText(text: string, maxLength: number): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= maxLength) return line;
  const cut = cutText(line, maxLength - 1);
  const atWord = cut.lastIndexOf(" ");
  return `${(atWord > maxLength * 0.6 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

/** The text a reader sees in a stored, rendered HTML text, on one line. */
export function htmlText(html: string): string {
  const text = html.replace(TAG, (_tag, name: string) => (BLOCK_ELEMENTS.has(name.toLowerCase()) ? " " : ""));
  return decodeReferences(text).replace(/\s+/g, " ").trim();
}

/** The text a reader sees in a stored, rendered HTML text, on one line, cut at a word. */
export function htmlExcerpt(html: string, maxLength = 200): string {
  return shortenText(htmlText(html), maxLength);
}

/** A link's href, and the text it shows (tags inside dropped), from the sanitiser's `<a …>…</a>`. */
const LINK = /<a\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/a>/gi;

/**
 * A stored, rendered HTML text as plain text for places that show no HTML (an iCalendar
 * DESCRIPTION): paragraphs, headings and list items on lines of their own, a blank line between
 * blocks, list items as "- …" (or numbered), code blocks as written, and each link's address after its text
 * ("the map (https://…)") unless the text is the address, so nothing the reader could follow is
 * lost. Addresses within the site ("/u/…") are given `origin`. Linear in the HTML's length.
 */
export function htmlToPlainText(html: string, options: { origin?: string } = {}): string {
  const blocks = html.split(/(<pre\b[\s\S]*?<\/pre>)/i).map((part, index) => {
    // A code block keeps its lines and spacing; elsewhere a newline in the HTML is a space, as the browser shows it.
    if (index % 2 === 1) return `\n\n${part.replace(TAG, "").replace(/^\n+|\s+$/g, "")}\n\n`;
    const linked = part.replace(LINK, (_link, attributes: string, inner: string) => {
      const href = /\bhref=(?:"([^"]*)"|'([^']*)')/i.exec(attributes);
      const raw = href ? (href[1] ?? href[2] ?? "") : "";
      if (!raw) return inner;
      const address = raw.startsWith("/") && !raw.startsWith("//") && options.origin ? `${options.origin.replace(/\/+$/, "")}${raw}` : raw;
      const shown = decodeReferences(inner.replace(TAG, "")).trim();
      const target = decodeReferences(address);
      return shown === target || shown === decodeReferences(raw) || `mailto:${shown}` === target ? inner : `${inner} (${address})`;
    });
    // Each open list: the last number given in an ordered one, -1 in a bulleted one.
    const lists: number[] = [];
    const text = linked.replace(/\s+/g, " ").replace(TAG, (tag, name: string) => {
      const element = name.toLowerCase();
      const closing = tag.startsWith("</");
      if (element === "br") return "\n";
      if (element === "ol" || element === "ul") {
        if (closing) lists.pop();
        else lists.push(element === "ol" ? Number(/\bstart="(\d+)"/.exec(tag)?.[1] ?? 1) - 1 : -1);
      }
      if (element === "li") {
        if (closing) return "";
        const last = lists.at(-1) ?? -1;
        if (last < 0) return "\n- ";
        lists[lists.length - 1] = last + 1;
        return `\n${last + 1}. `;
      }
      return BLOCK_ELEMENTS.has(element) ? "\n\n" : "";
    });
    return text
      // A loose list's item holds a paragraph: its text goes on the item's line.
      .replace(/\n(- |\d+\. )\s*\n+/g, "\n$1")
      .split("\n")
      .map((line) => line.trim())
      .join("\n");
  });
  return decodeReferences(blocks.join(""))
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+|\s+$/g, "");
}

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

/** The text a reader sees in a stored, rendered HTML text, on one line, cut at a word. */
export function htmlExcerpt(html: string, maxLength = 200): string {
  const text = html.replace(TAG, (_tag, name: string) => (BLOCK_ELEMENTS.has(name.toLowerCase()) ? " " : ""));
  return shortenText(decodeReferences(text), maxLength);
}

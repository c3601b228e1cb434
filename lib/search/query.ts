/**
 * The discussion search's pure half: what a query means, and the snippet a result shows. The
 * database matches words folded by the same rules (`toile_fold` in the search migration, as
 * `foldForSearch` here), each typed word as the start of a word: "velo" finds "vélos" (and, in
 * the database, by its English and French stems: lib/search/data.ts).
 */
import { foldForSearch } from "@/lib/groups/search";

/** At most this many words of a query count (a pasted paragraph is not a search). */
export const MAX_QUERY_WORDS = 8;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A term that is a quoted phrase (its quotes kept: the database's parser reads them as spaces). */
export function isPhrase(term: string): boolean {
  return term.startsWith('"');
}

/**
 * A query's terms, folded: what is typed between spaces, or a phrase in double quotes (its words
 * in that order: `"seed swap"`; an unclosed quote runs to the end), and those a leading minus
 * leaves out ("bokashi -compost", `-"old rake"`, as search engines read them; curly and French
 * quotes are quotes too), but any it also
 * looks for. Each term is split into the words the database finds in posts by the database's own
 * parser (lib/search/data.ts): "1.2", "node.js" or an address stay whole there, as they are in
 * the posts' vectors. Terms past the first `MAX_QUERY_WORDS` are `dropped`, as typed, for the
 * page to say so.
 */
export function queryTerms(q: string): { words: string[]; excluded: string[]; dropped: string[] } {
  const words: string[] = [];
  const excluded: string[] = [];
  const dropped: string[] = [];
  const seen = new Set<string>();
  // Typographic quotes (what phones type: “seed swap”, « vélo cargo », „…“) quote as " does.
  const straight = q.replace(/[“”„‟«»]/g, '"');
  for (const [typed, minus, phrase, word] of straight.matchAll(/(-*)(?:"([^"]*)"?|([^\s"]+))/g)) {
    const leaveOut = minus !== "";
    const term = phrase === undefined ? foldForSearch(word!) : `"${foldForSearch(phrase)}"`;
    if (!LETTER_OR_DIGIT.test(term) || seen.has(`${leaveOut}${term}`)) continue;
    seen.add(`${leaveOut}${term}`);
    if (words.length + excluded.length >= MAX_QUERY_WORDS) dropped.push(typed);
    else (leaveOut ? excluded : words).push(term);
  }
  return { words, excluded: excluded.filter((term) => !words.includes(term)), dropped };
}

/**
 * Whether `word` is matched as the start of words ("compo" finds "compost"): any word but a
 * single letter or digit, which would find every word starting with it ("C++" reads as "c", and
 * "c" would find "compost"): that one finds itself, as a word.
 */
export function matchesAsPrefix(word: string): boolean {
  return [...word].length > 1;
}

/**
 * A `tsquery` value (cast, not parsed again by `to_tsquery`, which would split "1.2" or an
 * address back into pieces): every word, quoted, each as a prefix but a single letter.
 */
export function tsQuery(words: readonly string[]): string {
  return words.map((word) => `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'${matchesAsPrefix(word) ? ":*" : ""}`).join(" & ");
}

/** Whether a word of the database's parser is letters and digits only, the kind that has stems. */
export function isPlainWord(word: string): boolean {
  return /^[\p{L}\p{N}]+$/u.test(word);
}

export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * About `length` characters of `text` around the first place a word of the query starts a word,
 * with every such word start marked; the text's start when none does (a title matched).
 * Matching is folded, character by character, so "velo" marks "Vélo" as written.
 */
export function snippet(text: string, words: readonly string[], length = 220): SnippetPart[] {
  // The folded text, and for each of its characters the index of the character it came from.
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const fold = foldForSearch(char) || (/\s/.test(char) ? " " : "");
    for (let k = 0; k < fold.length; k++) origin.push(i);
    folded += fold;
    i += char.length;
  }
  origin.push(text.length);
  const ranges: [number, number][] = [];
  for (const word of words) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${matchesAsPrefix(word) ? "" : "(?![\\p{L}\\p{N}])"}`, "gu");
    for (const found of folded.matchAll(pattern)) {
      const start = origin[found.index]!;
      const end = origin[found.index + found[0].length] ?? text.length;
      ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const first = ranges[0]?.[0] ?? 0;
  let from = Math.max(0, first - Math.floor(length / 3));
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  let to = Math.min(text.length, from + length);
  if (to < text.length) to = text.lastIndexOf(" ", to) > from ? text.lastIndexOf(" ", to) : to;
  const parts: SnippetPart[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (start < at || end > to) continue;
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), match: false });
  if (from > 0) parts.unshift({ text: "…", match: false });
  if (to < text.length) parts.push({ text: "…", match: false });
  return parts;
}

/**
 * The discussion search's pure half: what a query means, and the snippet a result shows. The
 * database matches words folded by the same rules (`toile_fold` in the search migration, as
 * `foldForSearch` here), each typed word as the start of a word: "velo" finds "vélos" (and, in
 * the database, by its English and French stems: lib/search/data.ts).
 */
import { foldForSearch } from "@/lib/groups/search";

/** At most this many words of a query count (a pasted paragraph is not a search). */
export const MAX_QUERY_WORDS = 8;

/** The folded words of some text: letters and digits, as the database's 'simple' parser splits them. */
function foldedWords(text: string): string[] {
  return foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * A query's terms: the folded words it looks for, and those a leading minus leaves out
 * ("bokashi -compost", as search engines read it), but any it also looks for.
 */
export function queryTerms(q: string): { words: string[]; excluded: string[] } {
  const words: string[] = [];
  const excluded: string[] = [];
  for (const term of q.split(/\s+/)) (term.startsWith("-") ? excluded : words).push(...foldedWords(term));
  const unique = (list: string[]) => [...new Set(list)].slice(0, MAX_QUERY_WORDS);
  return { words: unique(words), excluded: unique(excluded.filter((word) => !words.includes(word))) };
}

/**
 * Whether `word` is matched as the start of words ("compo" finds "compost"): any word but a
 * single letter or digit, which would find every word starting with it ("C++" reads as "c", and
 * "c" would find "compost"): that one finds itself, as a word.
 */
export function matchesAsPrefix(word: string): boolean {
  return [...word].length > 1;
}

/** `to_tsquery('simple', …)` text: every word, each as a prefix but a single letter. Words are letters and digits only, so nothing needs quoting. */
export function tsQuery(words: readonly string[]): string {
  return words.map((word) => (matchesAsPrefix(word) ? `${word}:*` : word)).join(" & ");
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

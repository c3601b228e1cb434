// analyzePost: the only place that reads a post body. It runs once when a post is written or
// edited; the engine then aggregates the stored features and never re-reads bodies.

import { markdownComplexityRefusal } from "../markdown/limits";
import { readTree, renderTree } from "../markdown/pipeline";
import { MATTR_WINDOW, SUBSTANCE_MIN_WORDS } from "./constants";
import { minhashOfWords, textHash64 } from "./hash";
import type { PostFeatures } from "./types";

/**
 * Bump when tokenisation, normalisation, hashes or artefact rules change.
 * 2: words and artefacts read from the sanitised HTML tree the reader is shown (raw HTML counts,
 *    relative images do not).
 * 3: invisible format characters (zero-width spaces, soft hyphens) no longer split words: what
 *    reads as one word counts as one, so they cannot pad a post past the minimum length.
 */
export const FEATURES_VERSION = 3;

// Without any character that opens a markdown construct able to remove or re-join words
// (code, quotes, links, images, emphasis, HTML, entities, escapes, tables, autolinks,
// indented code, ordered-list numbers), the author's words are exactly the tokens of the raw text and there is no
// artefact, so the parse is skipped. A test checks this fast path against the full parse.
const MARKUP_RE = /[`*_#>[\]<|~&\\@]|www\.|:\/\/|^(?: {4}|\t)|^ {0,3}\d{1,9}[.)](?:\s|$)/im;

/** The part of a hast node this module reads; local so no type package is needed. */
interface HtmlNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HtmlNode[];
}

// Inline elements: their text joins the surrounding text without a separator ("**Bon**jour",
// "<b>Bon</b>jour" are one word). Every other element is a block and is set apart by a space.
const INLINE_ELEMENTS = new Set("a abbr b bdi bdo cite del dfn em i ins kbd mark q s samp small span strike strong sub sup u var".split(" "));

interface Walk {
  parts: string[];
  hasArtifact: boolean;
}

const HTTP_RE = /^https?:\/\//i;

function plainText(node: HtmlNode): string {
  if (typeof node.value === "string") return node.value;
  if (!node.children) return "";
  let s = "";
  for (const c of node.children) s += plainText(c);
  return s;
}

/** A link whose text is its own address (GFM bare URL, `<https://…>`): not the author's words. */
function isBareUrl(href: string, node: HtmlNode): boolean {
  const text = plainText(node).trim();
  if (text === "") return true;
  return text === href || "http://" + text === href || "https://" + text === href || "mailto:" + text === href;
}

function walk(node: HtmlNode, w: Walk): void {
  if (node.type === "text") {
    w.parts.push(node.value ?? "");
    return;
  }
  const properties = node.properties ?? {};
  switch (node.tagName) {
    case "blockquote":
      // Quoted text is someone else's words, and its links are someone else's artefacts.
      return;
    case "pre":
      // A code block (fenced, indented or typed as <pre>): an artefact, not prose.
      w.hasArtifact = true;
      w.parts.push(" ");
      return;
    case "code":
      // Inline code (a code block's is inside its <pre>): not prose, and not an artefact.
      w.parts.push(" ");
      return;
    case "img":
      // The sanitiser and the renderer keep only images with an http(s) address (a relative one
      // is replaced by its alt text, which is then words like any text the reader sees). The
      // alt text of an image shown is a caption, usually a file name, not prose.
      if (typeof properties.src === "string" && HTTP_RE.test(properties.src)) w.hasArtifact = true;
      w.parts.push(" ");
      return;
    case "table":
      w.hasArtifact = true;
      break;
    case "a": {
      // A footnote reference's number and a note's way back are the renderer's, not the author's.
      if ("dataFootnoteRef" in properties || "dataFootnoteBackref" in properties) {
        w.parts.push(" ");
        return;
      }
      const href = typeof properties.href === "string" ? properties.href : "";
      if (HTTP_RE.test(href)) w.hasArtifact = true;
      if (isBareUrl(href, node)) {
        w.parts.push(" ");
        return;
      }
      break;
    }
    default:
      // The notes' "Footnotes" heading is the renderer's too.
      if (typeof properties.id === "string" && properties.id.endsWith("footnote-label")) return;
  }
  const children = node.children;
  if (!children) return;
  const block = node.type === "element" && !INLINE_ELEMENTS.has(node.tagName ?? "");
  if (block) w.parts.push(" ");
  for (const child of children) walk(child, w);
  if (block) w.parts.push(" ");
}

// A word is a run of letters/digits (with combining marks), possibly joined by internal
// apostrophes or hyphens: "aujourd'hui", "peut-être", "don't", "well-known".
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’ʼ\-‐‑][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
// French elision: "l'été" is two words, "l'" and "été", as English "the summer" is two.
// Without the split every "l'…", "d'…", "qu'…" would be a new type and French would look
// lexically richer than the same text in English.
const ELISION_RE = /^(qu|jusqu|lorsqu|puisqu|quoiqu|presqu|[cdjlmnst])'(?=[\p{L}\p{N}])/u;
// URLs that escaped autolinking (e.g. inside a link's text) are not words either.
const URL_RE = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+/giu;

/** Lower-cased author words of a plain text, French elisions split. */
export function tokenize(text: string): string[] {
  // Invisible format characters (zero-width space and joiners, soft hyphen, word joiner) go
  // first: "word\u200bword" reads as one word, and is one.
  let t = text.normalize("NFC").replace(/\p{Cf}/gu, "");
  if (t.includes("://") || t.includes("www.")) t = t.replace(URL_RE, " ");
  const words: string[] = [];
  for (const match of t.matchAll(WORD_RE)) {
    let word = match[0].toLowerCase().replace(/[’ʼ]/g, "'").replace(/[‐‑]/g, "-");
    const elision = ELISION_RE.exec(word);
    if (elision) {
      const prefix = elision[0];
      words.push(prefix);
      word = word.slice(prefix.length);
    }
    words.push(word);
  }
  return words;
}

/** Moving-average type–token ratio over a window of 50 tokens; null under 50 tokens. */
export function mattr(tokens: readonly string[], window = MATTR_WINDOW): number | null {
  if (tokens.length < window) return null;
  const counts = new Map<string, number>();
  let distinct = 0;
  for (let i = 0; i < window; i++) {
    const tok = tokens[i] as string;
    const c = counts.get(tok) ?? 0;
    if (c === 0) distinct++;
    counts.set(tok, c + 1);
  }
  let sum = distinct;
  for (let i = window; i < tokens.length; i++) {
    const incoming = tokens[i] as string;
    const outgoing = tokens[i - window] as string;
    if (incoming !== outgoing) {
      const co = (counts.get(outgoing) as number) - 1;
      counts.set(outgoing, co);
      if (co === 0) distinct--;
      const ci = counts.get(incoming) ?? 0;
      if (ci === 0) distinct++;
      counts.set(incoming, ci + 1);
    }
    sum += distinct;
  }
  return sum / (tokens.length - window + 1) / window;
}

/**
 * The author's own words of a markdown body, and whether it carries an artefact, as the reader
 * sees them: read from the sanitised HTML tree the renderer shows (lib/markdown/pipeline.ts), so
 * raw HTML counts as it is shown, and what the sanitiser removes counts for nothing. A text too
 * complex to render is shown as typed (renderStoredMarkdown), and counted as typed.
 */
export function extractAuthorText(
  markdown: string,
  options: { fastPaths?: boolean } = {},
): { words: string[]; hasArtifact: boolean } {
  const fastPaths = options.fastPaths ?? true;
  if ((fastPaths && !MARKUP_RE.test(markdown)) || markdownComplexityRefusal(markdown)) return { words: tokenize(markdown), hasArtifact: false };
  const w: Walk = { parts: [], hasArtifact: false };
  walk((fastPaths ? readTree : renderTree)(markdown) as unknown as HtmlNode, w);
  return { words: tokenize(w.parts.join("")), hasArtifact: w.hasArtifact };
}

export function analyzePost(markdown: string): PostFeatures {
  const { words, hasArtifact } = extractAuthorText(markdown);
  const wordCount = words.length;
  return {
    wordCount,
    substantive: wordCount >= SUBSTANCE_MIN_WORDS || hasArtifact,
    hasArtifact,
    mattr: mattr(words),
    textHash: textHash64(words.join(" ")),
    minhash: minhashOfWords(words),
    version: FEATURES_VERSION,
  };
}

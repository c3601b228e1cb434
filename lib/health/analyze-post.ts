// analyzePost: the only place that reads a post body. It runs once when a post is written or
// edited; the engine then aggregates the stored features and never re-reads bodies.

import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { MATTR_WINDOW, SUBSTANCE_MIN_WORDS } from "./constants";
import { minhashOfWords, textHash64 } from "./hash";
import type { PostFeatures } from "./types";

/** Bump when tokenisation, normalisation, hashes or artefact rules change. */
export const FEATURES_VERSION = 1;

// Built once: freezing runs the plugins' attachers (GFM tables, autolinks …) a single time.
const gfmProcessor = unified().use(remarkParse).use(remarkGfm).freeze();
// CommonMark alone parses about twice as fast. GFM only adds tables ("|"), strikethrough
// ("~"), autolink literals ("www.", "http…", e-mail "@"), footnotes ("[^") and task-list
// markers ("[ ]", "[x]"); without one of those characters both parsers give the same tree.
const commonmarkProcessor = unified().use(remarkParse).freeze();
const GFM_TRIGGER_RE = /[|~@]|www\.|https?:|\[\^|\[[ xX]\]/i;
// Without any character that opens a markdown construct able to remove or re-join words
// (code, quotes, links, images, emphasis, HTML, entities, escapes, tables, autolinks,
// indented code, ordered-list numbers), the author's words are exactly the tokens of the raw text and there is no
// artefact, so the parse is skipped. A test checks this fast path against the full parse.
const MARKUP_RE = /[`*_#>[\]<|~&\\@]|www\.|:\/\/|^(?: {4}|\t)|^ {0,3}\d{1,9}[.)](?:\s|$)/im;

/** The part of an mdast node this module reads; local so no type package is needed. */
interface MdNode {
  type: string;
  value?: string;
  url?: string;
  identifier?: string;
  children?: MdNode[];
}

// Inline containers: their text joins the surrounding text without a separator
// ("**Bon**jour" is one word). Every other container is a block and is separated by a space.
const INLINE_CONTAINERS = new Set(["emphasis", "strong", "delete", "link", "linkReference"]);

interface Walk {
  parts: string[];
  hasArtifact: boolean;
  /** Identifiers of link references outside quotes; an artefact if defined as http(s). */
  linkRefs: string[];
  definitions: Map<string, string>;
}

const HTTP_RE = /^https?:\/\//i;

function plainText(node: MdNode): string {
  if (typeof node.value === "string") return node.value;
  if (!node.children) return "";
  let s = "";
  for (const c of node.children) s += plainText(c);
  return s;
}

/** A link whose text is its own address (GFM bare URL, `<https://…>`): not the author's words. */
function isBareUrl(node: MdNode): boolean {
  const url = node.url ?? "";
  const text = plainText(node).trim();
  if (text === "") return true;
  return (
    text === url ||
    "http://" + text === url ||
    "https://" + text === url ||
    "mailto:" + text === url
  );
}

function walk(node: MdNode, w: Walk): void {
  switch (node.type) {
    case "blockquote":
      // Quoted text is someone else's words, and its links are someone else's artefacts.
      collectDefinitions(node, w);
      return;
    case "code":
      // Fenced or indented code block: an artefact, not prose.
      w.hasArtifact = true;
      w.parts.push(" ");
      return;
    case "inlineCode":
    case "html":
    case "break":
      w.parts.push(" ");
      return;
    case "image":
    case "imageReference":
      // Images (and attachments shown as images) are artefacts whatever their address; the
      // alt text is a caption, usually a file name, not prose.
      w.hasArtifact = true;
      w.parts.push(" ");
      return;
    case "definition":
      if (node.identifier !== undefined && node.url !== undefined) w.definitions.set(node.identifier, node.url);
      return;
    case "text":
      w.parts.push(node.value ?? "");
      return;
    case "link":
      if (HTTP_RE.test(node.url ?? "")) w.hasArtifact = true;
      if (isBareUrl(node)) {
        w.parts.push(" ");
        return;
      }
      break;
    case "linkReference":
      if (node.identifier !== undefined) w.linkRefs.push(node.identifier);
      break;
    case "table":
      w.hasArtifact = true;
      break;
  }
  const children = node.children;
  if (!children) return;
  const block = !INLINE_CONTAINERS.has(node.type);
  if (block) w.parts.push(" ");
  for (const child of children) walk(child, w);
  if (block) w.parts.push(" ");
}

/** Definitions may sit inside a quote yet serve references outside it. */
function collectDefinitions(node: MdNode, w: Walk): void {
  if (node.type === "definition" && node.identifier !== undefined && node.url !== undefined) {
    w.definitions.set(node.identifier, node.url);
  }
  if (node.children) for (const c of node.children) collectDefinitions(c, w);
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
  let t = text.normalize("NFC");
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

/** The author's own words of a markdown body, and whether it carries an artefact. */
export function extractAuthorText(
  markdown: string,
  options: { fastPaths?: boolean } = {},
): { words: string[]; hasArtifact: boolean } {
  const fastPaths = options.fastPaths ?? true;
  if (fastPaths && !MARKUP_RE.test(markdown)) return { words: tokenize(markdown), hasArtifact: false };
  const processor = !fastPaths || GFM_TRIGGER_RE.test(markdown) ? gfmProcessor : commonmarkProcessor;
  const tree = processor.parse(markdown) as unknown as MdNode;
  const w: Walk = { parts: [], hasArtifact: false, linkRefs: [], definitions: new Map() };
  walk(tree, w);
  if (!w.hasArtifact) {
    for (const id of w.linkRefs) {
      if (HTTP_RE.test(w.definitions.get(id) ?? "")) {
        w.hasArtifact = true;
        break;
      }
    }
  }
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

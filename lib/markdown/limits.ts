/**
 * What a text may hold before rendering it would take the server too long. The markdown parser
 * (micromark) is fast on prose but slows down sharply on some shapes that no one writes by
 * hand: lists or quotes nested hundreds deep (it then overflows its stack), thousands of
 * emphasis marks or brackets left unmatched, tables thousands of cells wide. A 50,000-character
 * body of those took from 1 to 16 seconds, during which the process answers nobody. So a text
 * over these bounds is refused, with a message that says how to fix it, before it is parsed;
 * each bound keeps the worst case near a few hundred milliseconds and is far above what a long,
 * richly formatted post uses. Code (fenced blocks, inline code) is not parsed for formatting,
 * so it does not count. Pure.
 */
export const MARKDOWN_LIMITS = {
  /** Lists and quotes inside one another, on one line ("> > - > …"), or by indentation (columns). */
  nesting: 32,
  indentation: 128,
  /** HTML elements inside one another. */
  htmlDepth: 64,
  /** Runs of * or _ (each could open or close emphasis). */
  emphasisRuns: 4000,
  /** [ and ] (each could start or end a link). */
  brackets: 4000,
  /** | (table cells). */
  pipes: 6000,
} as const;

const FENCED_CODE = /^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1?\2[`~]*[ \t]*$/gm;
const INLINE_CODE = /(`+)[^`]+?\1/g;
const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function deepestHtml(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name, selfClosing] of text.matchAll(/<(\/?)([A-Za-z][\w-]*)\b[^<>]*?(\/?)>/g)) {
    const tag = name!.toLowerCase();
    if (VOID_ELEMENTS.has(tag) || selfClosing) continue;
    depth = Math.max(0, depth + (closing ? -1 : 1));
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** Why the text is too complex to render, as a message for its field, or null when it is fine. */
export function markdownComplexityRefusal(markdown: string): string | null {
  const prose = markdown.replace(FENCED_CODE, "").replace(INLINE_CODE, "code");
  let nesting = 0;
  let indentation = 0;
  for (const line of prose.split("\n")) {
    const lead = /^[ \t>*+\-\d.)]*/.exec(line)![0];
    nesting = Math.max(nesting, count(lead, /(?:>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))/g));
    if (line.trim()) indentation = Math.max(indentation, /^[ \t]*/.exec(line)![0].replaceAll("\t", "    ").length);
  }
  const limits = MARKDOWN_LIMITS;
  if (nesting > limits.nesting || indentation > limits.indentation) return `Lists or quotes are nested too deeply here: keep it to ${limits.nesting} levels.`;
  if (deepestHtml(prose) > limits.htmlDepth) return `HTML elements are nested too deeply here: keep it to ${limits.htmlDepth} levels.`;
  if (count(prose, /[*_]+/g) > limits.emphasisRuns) return `There are too many * and _ marks to format (over ${limits.emphasisRuns.toLocaleString("en")}): put code in a \`\`\` block, or use fewer.`;
  if (count(prose, /[[\]]/g) > limits.brackets) return `There are too many [ and ] brackets to format (over ${limits.brackets.toLocaleString("en")}): put code in a \`\`\` block, or use fewer.`;
  if (count(prose, /\|/g) > limits.pipes) return `The tables are too large to show (over ${limits.pipes.toLocaleString("en")} cells): split them, or link to a spreadsheet.`;
  return null;
}

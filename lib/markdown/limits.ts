/**
 * What a text may hold before rendering it would take the server too long. The markdown parser
 * (micromark, with GitHub's extensions) is fast on prose but slows down sharply on some shapes
 * that no one writes by hand: lists or quotes nested hundreds deep (it then overflows its
 * stack), thousands of emphasis marks or brackets, tables thousands of cells wide, thousands of
 * list items or separate quotes, and above all a [ or an emphasis mark left open across a long paragraph,
 * which makes the parser walk back over the paragraph at every word (`parsingWork`). 50,000
 * characters of those took from 1 to 60 seconds, during which the process answers nobody. So a
 * text over these bounds is refused, with a message that says how to fix it, before it is
 * parsed. The bounds keep the worst accepted 50,000-character text within about twice what a
 * long, richly formatted post of that length costs anyway (figures in docs/decisions/008), and
 * are far above what such a post uses. Code (fenced blocks, inline code) is not parsed for
 * formatting, so it does not count. Pure.
 */
export const MARKDOWN_LIMITS = {
  /** Lists and quotes inside one another, on one line ("> > - > …"), or by indentation (columns). */
  nesting: 32,
  indentation: 128,
  /**
   * List items and separate quotes (a > line that does not continue the line before): the
   * parser's work grows with the square of their number (2,000 of them took about a second).
   */
  blocks: 1000,
  /** HTML elements inside one another. */
  htmlDepth: 64,
  /** Runs of * or _ (each could open or close emphasis). */
  emphasisRuns: 4000,
  /** [ and ] (each could start or end a link). */
  brackets: 4000,
  /** | (table cells). */
  pipes: 6000,
  /** The parser's back-tracking steps, as estimated by parsingWork (see there). */
  work: 1_500_000,
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

const ALPHANUMERIC = /[\p{L}\p{N}]/u;
const WHITE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** How a run of * or _ between `before` and `after` may act (CommonMark's flanking rules). */
function emphasisRole(marker: string, before: string, after: string): { opens: boolean; closes: boolean } {
  const beforeWhite = before === "" || WHITE.test(before);
  const afterWhite = after === "" || WHITE.test(after);
  const beforePunct = PUNCTUATION.test(before);
  const afterPunct = PUNCTUATION.test(after);
  const left = !afterWhite && (!afterPunct || beforeWhite || beforePunct);
  const right = !beforeWhite && (!beforePunct || afterWhite || afterPunct);
  if (marker === "*") return { opens: left, closes: right };
  return { opens: left && (!right || beforePunct), closes: right && (!left || afterPunct) };
}

/**
 * An estimate of the steps the parser (micromark, with GitHub's extensions) takes walking back
 * over what it has already read, in characters walked. This is what makes some texts slow: it
 * grows with the square of a paragraph's length, where everything else grows with the length.
 * Within one paragraph (its inline text is parsed as one piece; we split at blank lines, which
 * can only over-count):
 * - a * or _ run that can close emphasis walks back to the nearest run of the same mark that
 *   can open it, or, if there is none, to the start of the paragraph (an emphasis mark that
 *   closes nothing costs the whole paragraph before it);
 * - while a [ is left open, every word (where a bare www., http or e-mail link could start)
 *   walks back to it to check that it is not inside a link's text, and so does a ].
 * A long, richly formatted post has every run matched near its opener and its brackets closed
 * within a few words: its work is a few times its length. Pure and linear.
 */
export function parsingWork(prose: string): number {
  let work = 0;
  for (const paragraph of prose.split(/\n[ \t]*\n/)) {
    const openers: Record<string, number[]> = { "*": [], _: [] };
    const brackets: number[] = [];
    let i = 0;
    while (i < paragraph.length) {
      const character = paragraph[i]!;
      if (character === "*" || character === "_") {
        let end = i;
        while (paragraph[end] === character) end++;
        const { opens, closes } = emphasisRole(character, paragraph[i - 1] ?? "", paragraph[end] ?? "");
        const stack = openers[character]!;
        // A run that can close and finds no opener walks to the paragraph's start, then may open.
        if (closes && stack.length > 0) work += i - stack.pop()!;
        else {
          if (closes) work += i;
          if (opens) stack.push(i);
        }
        i = end;
        continue;
      }
      if (character === "\\") {
        i += 2;
        continue;
      }
      if (character === "[") brackets.push(i);
      else if (character === "]") work += brackets.length > 0 ? i - brackets.pop()! : i;
      else if (brackets.length > 0 && ALPHANUMERIC.test(character) && !ALPHANUMERIC.test(paragraph[i - 1] ?? "")) work += i - brackets.at(-1)!;
      i++;
    }
  }
  return work;
}

/** Why the text is too complex to render, as a message for its field, or null when it is fine. */
export function markdownComplexityRefusal(markdown: string): string | null {
  const prose = markdown.replace(FENCED_CODE, "").replace(INLINE_CODE, "code");
  let nesting = 0;
  let indentation = 0;
  let blocks = 0;
  let quoting = false;
  for (const line of prose.split("\n")) {
    const lead = /^[ \t>*+\-\d.)]*/.exec(line)![0];
    if (lead.includes(">") !== quoting) blocks += (quoting = !quoting) ? 1 : 0;
    blocks += count(lead, /(?:[*+-]|\d{1,9}[.)])(?=[ \t])/g);
    nesting = Math.max(nesting, count(lead, /(?:>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))/g));
    if (line.trim()) indentation = Math.max(indentation, /^[ \t]*/.exec(line)![0].replaceAll("\t", "    ").length);
  }
  const limits = MARKDOWN_LIMITS;
  if (nesting > limits.nesting || indentation > limits.indentation) return `Lists or quotes are nested too deeply here: keep it to ${limits.nesting} levels.`;
  if (blocks > limits.blocks) return `There are too many list items and quotes here (over ${limits.blocks.toLocaleString("en")}): split the text into several posts, or quote less.`;
  if (deepestHtml(prose) > limits.htmlDepth) return `HTML elements are nested too deeply here: keep it to ${limits.htmlDepth} levels.`;
  if (count(prose, /[*_]+/g) > limits.emphasisRuns) return `There are too many * and _ marks to format (over ${limits.emphasisRuns.toLocaleString("en")}): put code in a \`\`\` block, or use fewer.`;
  if (count(prose, /[[\]]/g) > limits.brackets) return `There are too many [ and ] brackets to format (over ${limits.brackets.toLocaleString("en")}): put code in a \`\`\` block, or use fewer.`;
  if (parsingWork(prose) > limits.work) return "This text has too much formatting to lay out: a [ or an emphasis mark (* or _) is left open across a long paragraph. Close your brackets and emphasis, split the paragraph with blank lines, or put code in a ``` block.";
  if (count(prose, /\|/g) > limits.pipes) return `The tables are too large to show (over ${limits.pipes.toLocaleString("en")} cells): split them, or link to a spreadsheet.`;
  return null;
}

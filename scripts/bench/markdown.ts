/**
 * `npm run bench:markdown`: what the worst texts the markdown limits accept cost the server, next
 * to ordinary long posts (lib/markdown/limits.ts). Prints CPU milliseconds (best of 3, so other
 * processes on the machine disturb it less) to render a post as it is written, to analyse it
 * for health (analyzePost), and to take a card's excerpt from its stored HTML.
 */
import { analyzePost } from "@/lib/health/analyze-post";
import { markdownComplexityRefusal, parsingWork } from "@/lib/markdown/limits";
import { htmlExcerpt } from "@/lib/markdown/excerpt";
import { renderRequiredMarkdown } from "@/lib/markdown/render";

const LENGTH = 49_500;

/** `start`, then plain words up to LENGTH characters. */
function fill(start: string): string {
  let text = start;
  while (text.length < LENGTH) text += " word";
  return text.slice(0, LENGTH);
}

/** The largest k for which `make(k)` is accepted: the worst accepted text of that shape. */
function largestAccepted(make: (k: number) => string): string {
  let low = 1;
  let high = 20_000;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (markdownComplexityRefusal(make(mid))) high = mid - 1;
    else low = mid;
  }
  return make(low);
}

function cpuMs(run: () => unknown): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = process.cpuUsage();
    try {
      run();
    } catch {
      // a refused text throws: its cost is the check's
    }
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const rich = ["# Plan", "", "> a quote", "", "- one", "  - two", "", "| a | b |", "|---|---|", "| 1 | 2 |", "", "**bold** _it_ [link](https://x.org) www.x.org", ""].join("\n");
const cases: Record<string, string> = {
  "plain words": fill("x"),
  "rich post, 49.5k": fill(rich.repeat(Math.ceil(LENGTH / rich.length))),
  "rich post, accepted": largestAccepted((k) => rich.repeat(k)),
  "audit: *[a_ ×2000": fill("*[a_ ".repeat(2000)),
  "[ left open": largestAccepted((k) => fill("[" + " word".repeat(k) + "]")),
  "[ left open, lines": largestAccepted((k) => fill("[" + "\nword".repeat(k) + "]")),
  "] closing nothing": largestAccepted((k) => fill("a] ".repeat(k))),
  "*a_ (open, close)": largestAccepted((k) => fill("*a_ ".repeat(k))),
  "[*a nested": largestAccepted((k) => fill("[*a ".repeat(k) + "]".repeat(k))),
  "separate quotes": largestAccepted((k) => fill("> a\n\n".repeat(k))),
  "nested list items": largestAccepted((k) => fill("- one\n  - two\n\n".repeat(k))),
  "separate lists": largestAccepted((k) => fill("text\n\n- one\n\n".repeat(k))),
};

for (let round = 0; round < 2; round++) renderRequiredMarkdown(rich.repeat(40), "body");
console.log("case                    chars  accepted  work(M)  render  analyzePost  excerpt (CPU ms)");
for (const [name, text] of Object.entries(cases)) {
  const accepted = !markdownComplexityRefusal(text);
  let html = "";
  const render = cpuMs(() => (html = renderRequiredMarkdown(text, "body")));
  const analyze = cpuMs(() => analyzePost(text));
  const excerpt = accepted ? cpuMs(() => htmlExcerpt(html, 180)).toFixed(1) : "-";
  console.log(
    `${name.padEnd(22)} ${String(text.length).padStart(6)}  ${(accepted ? "yes" : "no").padEnd(8)}  ${(parsingWork(text) / 1e6).toFixed(2).padStart(7)}  ${render.toFixed(0).padStart(6)}  ${analyze.toFixed(0).padStart(11)}  ${excerpt.padStart(7)}`,
  );
}

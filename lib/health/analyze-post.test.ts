import { describe, expect, it } from "vitest";
import { analyzePost, extractAuthorText, FEATURES_VERSION, mattr, tokenize } from "./analyze-post";
import { estimateJaccard, MINHASH_SIZE } from "./hash";
import { createRng, generateBody } from "./synthetic";
import { uniqueText } from "./test-helpers";

const words = (md: string) => extractAuthorText(md).words;

describe("analyzePost — words", () => {
  it("counts Unicode words, lower-cased, in English and French", () => {
    expect(words("Hello World, 2026 is HERE!")).toEqual(["hello", "world", "2026", "is", "here"]);
    expect(words("Où est passé l'été ? Aujourd'hui, peut-être.")).toEqual([
      "où", "est", "passé", "l'", "été", "aujourd'hui", "peut-être",
    ]);
  });

  it("splits French elisions but keeps internal apostrophes and hyphens", () => {
    expect(tokenize("qu'il c'est-à-dire jusqu'à d'abord")).toEqual(["qu'", "il", "c'", "est-à-dire", "jusqu'", "à", "d'", "abord"]);
    expect(tokenize("don't it's well-known")).toEqual(["don't", "it's", "well-known"]);
    // What reads as one word is one: invisible characters inside it do not split it.
    expect(tokenize("word\u200bword\u200bword\u200bword\u200bword co\u00ADoperation")).toEqual(["wordwordwordwordword", "cooperation"]);
  });

  it("treats the typographic apostrophe and decomposed accents like their plain forms", () => {
    expect(analyzePost("L’été est là, enfin ici").textHash).toBe(analyzePost("l'été est là, enfin ici").textHash);
    expect(analyzePost("e\u0301te\u0301 chaud ici maintenant").textHash).toBe(analyzePost("été chaud ici maintenant").textHash);
  });

  it("joins inline markup into the word it splits", () => {
    expect(words("**Bon**jour à *tous*")).toEqual(["bonjour", "à", "tous"]);
  });

  it("excludes quoted text, including its links", () => {
    const f = analyzePost("> someone else wrote these many words https://example.com\n\nI agree with that");
    expect(f.wordCount).toBe(4);
    expect(f.hasArtifact).toBe(false);
  });

  it("excludes fenced and indented code and counts it as an artefact", () => {
    const fenced = analyzePost("Here is my fix\n\n```ts\nconst words = 'not prose at all';\n```");
    expect(fenced.wordCount).toBe(4);
    expect(fenced.hasArtifact).toBe(true);
    const indented = analyzePost("Here is my fix\n\n    const words = notProse;\n    more code here");
    expect(indented.wordCount).toBe(4);
    expect(indented.hasArtifact).toBe(true);
  });

  it("excludes inline code from words without making it an artefact", () => {
    const f = analyzePost("Run `npm install --save thing` then restart");
    expect(f.wordCount).toBe(3);
    expect(f.hasArtifact).toBe(false);
  });

  it("excludes bare URLs (GFM autolinks) and counts them as links", () => {
    for (const url of ["https://example.com/a?b=c", "www.example.org/page", "<https://example.com/x>"]) {
      const f = analyzePost(`read this ${url} today`);
      expect(f.wordCount, url).toBe(3);
      expect(f.hasArtifact, url).toBe(true);
    }
  });

  it("keeps a link's text as words; only http(s) links are artefacts", () => {
    const f = analyzePost("see [the meeting notes](https://example.com/notes) here");
    expect(f.wordCount).toBe(5);
    expect(f.hasArtifact).toBe(true);
    expect(analyzePost("see [the other thread](/g/x/t/12) here").hasArtifact).toBe(false);
    expect(analyzePost("write to me@example.com please").wordCount).toBe(3);
    expect(analyzePost("write to me@example.com please").hasArtifact).toBe(false);
  });

  it("resolves reference-style links", () => {
    const f = analyzePost("see [the notes][n] here\n\n[n]: https://example.com/notes");
    expect(f.wordCount).toBe(4);
    expect(f.hasArtifact).toBe(true);
  });

  it("counts images shown (http/https) as artefacts and not their alt text as words", () => {
    const f = analyzePost("our garden today ![IMG 2041 garden photo](https://example.org/2041.jpg)");
    expect(f.wordCount).toBe(3);
    expect(f.hasArtifact).toBe(true);
  });

  it("counts tables as artefacts and their cells as words", () => {
    const f = analyzePost("| day | who |\n|---|---|\n| saturday | Ana |");
    expect(f.wordCount).toBe(4);
    expect(f.hasArtifact).toBe(true);
  });

  it("does not count ordered-list numbers as words", () => {
    expect(words("1. first point\n2. second point")).toEqual(["first", "point", "second", "point"]);
  });
});

describe("analyzePost — counts what the reader is shown (the sanitised HTML)", () => {
  const paragraph = "We met on Saturday at the garden and agreed to build three compost bays before the first frost";

  it("counts the words of raw HTML, which the renderer shows", () => {
    expect(analyzePost(`<p>${paragraph}</p>`).wordCount).toBe(18);
    expect(analyzePost(`<div>${paragraph}</div>`).wordCount).toBe(18);
    expect(words("<b>Bon</b>jour <em>à</em> <div>tous</div>les")).toEqual(["bonjour", "à", "tous", "les"]);
  });

  it("does not count what the sanitiser removes: scripts, styles, comments", () => {
    expect(analyzePost("hello <script>var a = 'hidden words'</script> <style>p { color: red }</style> <!-- a draft note --> there").wordCount).toBe(2);
  });

  it("counts raw HTML links and images with an http(s) address as artefacts", () => {
    const link = analyzePost('read <a href="https://example.org/notes">the notes</a> now');
    expect(link).toMatchObject({ wordCount: 4, hasArtifact: true });
    const image = analyzePost('our bays <img src="https://example.org/bays.png" alt="IMG 2041">');
    expect(image).toMatchObject({ wordCount: 2, hasArtifact: true });
    expect(analyzePost("<pre>make compost</pre> done").hasArtifact).toBe(true);
    expect(analyzePost("<table><tr><td>saturday</td><td>Ana</td></tr></table>")).toMatchObject({ wordCount: 2, hasArtifact: true });
  });

  it("does not count a relative image, which the renderer replaces by its alt text: that text is words", () => {
    expect(analyzePost("our garden ![x](x.png)")).toMatchObject({ wordCount: 3, hasArtifact: false });
    expect(analyzePost('our garden <img src="/uploads/2041.jpg" alt="bays">')).toMatchObject({ wordCount: 3, hasArtifact: false });
    expect(analyzePost('our garden <a href="javascript:alert(1)">here</a>')).toMatchObject({ wordCount: 3, hasArtifact: false });
  });

  it("excludes raw HTML quotes and code like their markdown forms", () => {
    expect(analyzePost(`<blockquote>${paragraph} https://example.org</blockquote> I agree with that`)).toMatchObject({ wordCount: 4, hasArtifact: false });
    expect(analyzePost("Run <code>npm install thing</code> then restart")).toMatchObject({ wordCount: 3, hasArtifact: false });
  });

  it("counts a footnote's text but not the renderer's numbers, heading or way back", () => {
    expect(words("Compost works[^1].\n\n[^1]: Mostly in summer.")).toEqual(["compost", "works", "mostly", "in", "summer"]);
  });

  it("counts a text too complex to render as typed, as it is shown", () => {
    const flood = "*[a_ ".repeat(2000) + " plain words".repeat(3292);
    expect(analyzePost(flood).wordCount).toBe(2000 + 2 * 3292);
  });
});

describe("analyzePost — features", () => {
  it("is substantive at 40 words or with an artefact", () => {
    expect(analyzePost(uniqueText(1, 40)).substantive).toBe(true);
    expect(analyzePost(uniqueText(1, 39)).substantive).toBe(false);
    expect(analyzePost(uniqueText(1, 6) + " https://example.com").substantive).toBe(true);
  });

  it("has an empty MinHash under 3 words and 64 values from 3 words", () => {
    expect(analyzePost("just two").minhash).toEqual([]);
    expect(analyzePost("").minhash).toEqual([]);
    const three = analyzePost("exactly three words").minhash;
    expect(three).toHaveLength(MINHASH_SIZE);
    // One shingle: every hash function's minimum is that shingle's value, all distinct uint32.
    expect(three.every((v) => Number.isInteger(v) && v >= 0 && v < 2 ** 32)).toBe(true);
  });

  it("has a null MATTR under 50 tokens and a moving-average TTR from 50", () => {
    expect(analyzePost(uniqueText(2, 49)).mattr).toBeNull();
    expect(mattr(Array.from({ length: 50 }, (_, i) => `w${i}`))).toBe(1);
    expect(mattr(Array.from({ length: 60 }, () => "same"))).toBe(1 / 50);
    // "a b" repeated: every window of 50 holds 2 types.
    expect(mattr(Array.from({ length: 80 }, (_, i) => (i % 2 ? "a" : "b")))).toBe(2 / 50);
    // 50 distinct then 10 repeats of the first: windows lose one type per step.
    const toks = [...Array.from({ length: 50 }, (_, i) => `w${i}`), ...Array.from({ length: 2 }, () => "w0")];
    // window 0: 50 types; window 1 (w1..w49,w0): 50; window 2 (w2..w49,w0,w0): 49.
    expect(mattr(toks)).toBeCloseTo((50 + 50 + 49) / 3 / 50, 12);
  });

  it("hashes the normalised text: markup, case and spacing do not matter, words do", () => {
    const a = analyzePost("Hello   there, *dear* FRIENDS of the garden");
    const b = analyzePost("hello there dear friends of the garden!");
    const c = analyzePost("hello there dear friends of the orchard");
    expect(a.textHash).toBe(b.textHash);
    expect(a.textHash).not.toBe(c.textHash);
    expect(a.textHash).toMatch(/^[0-9a-f]{16}$/);
    expect(a.minhash).toEqual(b.minhash);
  });

  it("sets the version from FEATURES_VERSION and is deterministic", () => {
    expect(FEATURES_VERSION).toBe(3);
    const body = "Un texte *déterministe* avec un lien https://example.com et du `code`.";
    expect(analyzePost(body)).toEqual(analyzePost(body));
    expect(analyzePost(body).version).toBe(3);
  });

  it("estimates Jaccard similarity of 3-shingles from the signatures", () => {
    const base = uniqueText(5, 120).split(" ");
    const shingles = (w: string[]) => new Set(w.slice(2).map((_, i) => `${w[i]} ${w[i + 1]} ${w[i + 2]}`));
    const trueJaccard = (x: string[], y: string[]) => {
      const a = shingles(x);
      const b = shingles(y);
      let inter = 0;
      for (const s of a) if (b.has(s)) inter++;
      return inter / (a.size + b.size - inter);
    };
    for (const changed of [2, 10, 40]) {
      const other = [...base];
      for (let i = 0; i < changed; i++) other[(i * 37) % other.length] = `zz${i}`;
      const est = estimateJaccard(analyzePost(base.join(" ")).minhash, analyzePost(other.join(" ")).minhash);
      expect(Math.abs(est - trueJaccard(base, other)), `changed ${changed}`).toBeLessThan(0.15);
    }
  });
});

describe("analyzePost — parser fast paths", () => {
  // (Over 600 renders: given more than the default 5 s, for a machine shared with other work.)
  it("give exactly what the full render's tree gives", { timeout: 30_000 }, () => {
    const rng = createRng(99);
    const bodies = [
      "plain words only, with punctuation: yes; and (parentheses) - dashes!",
      "1. numbered\n2. list",
      "- bullet\n- list\n\n---\n\nSetext heading\n===",
      "a | b\n--|--\nc | d",
      "~~struck~~ text",
      "- [x] done task\n- [ ] open task",
      "footnote[^1]\n\n[^1]: the note text",
      "email me at someone@example.org",
      "line one  \nline two\\\nline three",
      "&eacute;t&eacute; &amp; hiver",
      "    indented code only",
      "no raw HTML: [a link](https://x.org) ![an image](https://x.org/a.png) ![relative](a.png) and `code`",
      ...Array.from({ length: 300 }, () => generateBody(rng)),
    ];
    for (const body of bodies) expect(extractAuthorText(body), body).toEqual(extractAuthorText(body, { fastPaths: false }));
  });
});

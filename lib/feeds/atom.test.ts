import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { absoluteLinks, buildAtomFeed, entryId, type AtomFeedInput } from "./atom";

const ORIGIN = "https://toile.example";
const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9, 30));

const input = (entries: AtomFeedInput["entries"]): AtomFeedInput => ({
  id: `${ORIGIN}/g/seeds`,
  title: "Seed savers & friends",
  subtitle: "New threads in Seed savers",
  link: `${ORIGIN}/g/seeds`,
  self: `${ORIGIN}/g/seeds/threads.atom`,
  origin: ORIGIN,
  emptyUpdated: at(1),
  entries,
});

/** The feed as an independent parser reads it (attributes kept). */
function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "entry" || name === "link" }).parse(xml);
  return parsed.feed;
}

describe("buildAtomFeed", () => {
  it("writes valid Atom: the feed's id, title, links and latest update, each entry with its fields", () => {
    const xml = buildAtomFeed(
      input([
        { id: entryId(ORIGIN, "thread", 7), title: "Beans <and> peas", link: `${ORIGIN}/g/seeds/t/7-beans`, published: at(3), updated: at(4), author: "Ana & Co", html: '<p>Bring <a href="/u/abc">@Ben</a> &amp; seeds</p>' },
        { id: entryId(ORIGIN, "thread", 5), title: "Older", link: `${ORIGIN}/g/seeds/t/5-older`, published: at(2), updated: at(2), author: "Ben", html: "<p>Hi</p>" },
      ]),
    );
    const feed = parse(xml);
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(`${ORIGIN}/g/seeds`);
    expect(feed.title).toBe("Seed savers & friends");
    expect(feed.updated).toBe(at(4).toISOString());
    expect(feed.link).toEqual(expect.arrayContaining([expect.objectContaining({ "@rel": "self", "@href": `${ORIGIN}/g/seeds/threads.atom` })]));
    expect(feed.entry).toHaveLength(2);
    const [first] = feed.entry;
    expect(first.id).toBe("tag:toile.example,2026:thread-7");
    // Titles are typed "html" by the library: a plain title is escaped to mean itself.
    expect(first.title["@type"]).toBe("html");
    expect(first.title["#text"]).toBe("Beans &lt;and&gt; peas");
    expect(first.link[0]["@href"]).toBe(`${ORIGIN}/g/seeds/t/7-beans`);
    expect(first.published).toBe(at(3).toISOString());
    expect(first.updated).toBe(at(4).toISOString());
    expect(first.author.name).toBe("Ana & Co");
    // The HTML is carried as HTML, its site links absolute.
    expect(first.content["@type"]).toBe("html");
    expect(first.content["#text"]).toBe(`<p>Bring <a href="${ORIGIN}/u/abc">@Ben</a> &amp; seeds</p>`);
  });

  it("an empty feed is still valid, dated by the group's creation", () => {
    const feed = parse(buildAtomFeed(input([])));
    expect(feed.updated).toBe(at(1).toISOString());
    expect(feed.entry).toBeUndefined();
  });

  it("leaves out the characters XML cannot hold, wherever they were (a title, a name, a post)", () => {
    const xml = buildAtomFeed({
      ...input([{ id: entryId(ORIGIN, "post", 1), title: "Seeds\u0001 \u000bswap", link: `${ORIGIN}/x`, published: at(2), updated: at(2), author: "Julien\u0008 Moreau", html: "<p>pasted\u000c text \ud83c and 🌱\uffff</p>" }]),
      title: "Seed\u0002 savers",
    });
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    const feed = parse(xml);
    expect(feed.title["#text"] ?? feed.title).toBe("Seed savers");
    expect(feed.entry[0].title["#text"]).toBe("Seeds swap");
    expect(feed.entry[0].author.name).toBe("Julien Moreau");
    expect(feed.entry[0].content["#text"]).toBe("<p>pasted text  and 🌱</p>");
  });

  it("text that would end an XML section stays text", () => {
    const xml = buildAtomFeed(input([{ id: entryId(ORIGIN, "post", 1), title: "]]> <![CDATA[", link: `${ORIGIN}/x`, published: at(2), updated: at(2), author: "]]>", html: "<p>a ]]> b ]]> c</p><pre><code>]]></code></pre>" }]));
    const [entry] = parse(xml).entry;
    expect(entry.title["#text"]).toBe("]]&gt; &lt;![CDATA[");
    // Every "]]>" of the HTML, not only the first, as its equivalent "]]&gt;".
    expect(entry.content["#text"]).toBe("<p>a ]]&gt; b ]]&gt; c</p><pre><code>]]&gt;</code></pre>");
  });
});

describe("absoluteLinks", () => {
  it("makes site-relative links and images absolute, and leaves the others", () => {
    expect(absoluteLinks('<a href="/u/1">x</a> <img src="/a.png" alt=""> <a href="https://other.example/">y</a> <a href="//cdn.example/z">z</a> <a href="#post-3">w</a>', ORIGIN)).toBe(
      `<a href="${ORIGIN}/u/1">x</a> <img src="${ORIGIN}/a.png" alt=""> <a href="https://other.example/">y</a> <a href="//cdn.example/z">z</a> <a href="#post-3">w</a>`,
    );
  });
});

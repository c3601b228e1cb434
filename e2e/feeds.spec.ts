import { expect, type APIRequestContext } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { createGroup, joinGroup, newPerson, newUser, signUp, startThread, test, unique } from "./support";

interface Entry {
  title: { "#text": string };
  link: { "@href": string }[];
  author: { name: string };
  content: { "#text": string };
}

/** A feed fetched as a feed reader would: no session, only its address. */
async function readFeed(request: APIRequestContext, href: string) {
  const response = await request.get(href);
  expect(response.status(), href).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "entry" || name === "link" }).parse(await response.text());
  return { title: parsed.feed.title as string, entries: (parsed.feed.entry ?? []) as Entry[], cache: response.headers()["cache-control"] };
}

test("a public group's new threads and a thread's posts are Atom feeds a reader subscribes to", async ({ page, request, browser }) => {
  const author = newUser("Ana Feeds");
  await signUp(page, author);
  const group = await createGroup(page, { name: unique("Seed savers") });
  const threadUrl = await startThread(page, group.slug, "Bean <swap>", "Bring **beans** on Tuesday.");
  const { page: other, user } = await newPerson(browser, "Ben Feeds");
  await joinGroup(other, group);
  await other.goto(threadUrl);
  await other.getByLabel("Reply to the thread").fill("I will bring runner beans.");
  await other.getByRole("button", { name: "Post reply" }).click();
  await expect(other.getByRole("article", { name: `Post by ${user.name}` })).toBeVisible();

  // The group page links its feed, and advertises it to feed readers in its head.
  await page.goto(`/g/${group.slug}`);
  const groupFeed = page.getByRole("link", { name: "Atom feed of new threads" });
  const groupHref = (await groupFeed.getAttribute("href"))!;
  expect(groupHref).toBe(`/g/${group.slug}/threads.atom`);
  await expect(page.locator(`head link[rel="alternate"][type="application/atom+xml"][href="${groupHref}"]`)).toHaveCount(1);
  const threads = await readFeed(request, groupHref);
  expect(threads.title).toBe(`${group.name} · Toile`);
  expect(threads.cache).toBe("public, max-age=300");
  expect(threads.entries).toHaveLength(1);
  expect(threads.entries[0]!.title["#text"]).toBe("Bean &lt;swap&gt;");
  expect(threads.entries[0]!.author.name).toBe(author.name);
  expect(threads.entries[0]!.content["#text"]).toBe("<p>Bring <strong>beans</strong> on Tuesday.</p>");
  expect(new URL(threads.entries[0]!.link[0]!["@href"]).pathname).toBe(new URL(threadUrl, page.url()).pathname);

  // The thread's feed: its posts, newest first, each leading to the post.
  await page.goto(threadUrl);
  const posts = await readFeed(request, (await page.getByRole("link", { name: "Atom feed of this thread" }).getAttribute("href"))!);
  expect(posts.entries.map((entry) => entry.author.name)).toEqual([user.name, author.name]);
  expect(posts.entries[0]!.title["#text"]).toBe(`${user.name} replied`);
  expect(posts.entries[0]!.content["#text"]).toBe("<p>I will bring runner beans.</p>");
  await page.goto(posts.entries[0]!.link[0]!["@href"]);
  await expect(page.getByRole("article", { name: `Post by ${user.name}` })).toBeFocused();
});

test("a private group's feeds open only with a member's personal address, not with their calendar's", async ({ page, request }) => {
  await signUp(page, newUser("Pia Feeds"));
  const group = await createGroup(page, { name: unique("Inner circle"), visibility: "private" });
  await startThread(page, group.slug, "Members only", "Secret plans for the plot.");
  await page.goto(`/g/${group.slug}`);
  const link = page.getByRole("link", { name: "Atom feed of new threads" });
  await expect(page.getByText("Your personal address: anyone with it can read this private group's discussions.")).toBeVisible();
  // Personal: not advertised in the page's head.
  await expect(page.locator('head link[type="application/atom+xml"]')).toHaveCount(0);
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/\?member=[^&]+&key=[\w-]+$/);
  const feed = await readFeed(request, href);
  expect(feed.cache).toBe("private, no-store");
  expect(feed.entries.map((entry) => entry.title["#text"])).toEqual(["Members only"]);

  // Without the key, or with a wrong one, the feed does not exist; the calendar's key does not open it.
  expect((await request.get(`/g/${group.slug}/threads.atom`)).status()).toBe(404);
  expect((await request.get(href.replace(/key=[\w-]+/, "key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))).status()).toBe(404);
  await page.goto(`/g/${group.slug}/meetups`);
  const calendar = await page.getByLabel("Group calendar feed").inputValue();
  const calendarKey = new URL(calendar).searchParams.get("key")!;
  expect((await request.get(href.replace(/key=[\w-]+/, `key=${calendarKey}`))).status()).toBe(404);
});

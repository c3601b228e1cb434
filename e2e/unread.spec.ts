import { expect, type Page } from "@playwright/test";
import { createGroup, joinGroup, newPerson, startThread, test, threadHasAnswers } from "./support";

const threadRow = (page: Page, title: string) => page.getByRole("list", { name: "Threads" }).getByRole("listitem").filter({ hasText: title });

/**
 * Opens a thread page and waits for its report of the visit, which it sends once hydrated
 * (decision 014): a journey that left sooner would stay unread, as a reader who never really
 * opened it.
 */
async function opened(page: Page, open: () => Promise<unknown>): Promise<void> {
  const reported = page.waitForResponse((response) => response.url().endsWith("/api/thread-visits") && response.request().method() === "POST" && response.status() === 204);
  await open();
  await reported;
}

test("a reader sees what is new since their last visit: in the group's list, marked in the thread, and a way to the first", async ({ browser }) => {
  // Two people sign up (argon2 is slow on purpose), as in the other two-person journeys.
  test.slow();
  const starter = await newPerson(browser, "Starter");
  const group = await createGroup(starter.page);
  const title = "Which seeds should we swap this spring?";
  const threadPath = await startThread(starter.page, group.slug, title, "I have far too many tomato seeds.");
  // One's own thread is not news to oneself.
  await starter.page.goto(`/g/${group.slug}`);
  await expect(threadRow(starter.page, title)).not.toContainText("New");

  const reader = await newPerson(browser, "Reader");
  await joinGroup(reader.page, group);
  await reader.page.goto(`/g/${group.slug}`);
  // A recent thread never opened is new.
  await expect(threadRow(reader.page, title)).toContainText("New");
  await opened(reader.page, () => threadRow(reader.page, title).getByRole("link", { name: title }).click());
  await expect(reader.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // Opened, it is no longer new (the visit is recorded once the page is on screen).
  await expect(async () => {
    await reader.page.goto(`/g/${group.slug}`);
    await expect(threadRow(reader.page, title)).not.toContainText("New");
  }).toPass({ timeout: 10_000 });

  // Meanwhile the starter gets two answers in.
  for (const body of ["Beans swap well: they keep for years.", "And squash, if anyone grew some last year."]) {
    await starter.page.goto(threadPath);
    await starter.page.getByLabel("Reply to the thread").fill(body);
    await starter.page.getByRole("button", { name: "Post reply" }).click();
    await expect(starter.page.getByRole("article", { name: `Post by ${starter.user.name}` }).filter({ hasText: body })).toBeVisible();
  }

  // The home page says where: one thread of the group has news for them.
  await reader.page.goto("/");
  const mine = reader.page.getByRole("list", { name: "Your groups" }).getByRole("listitem").filter({ hasText: group.name });
  await expect(mine).toContainText("1 thread with news");
  await mine.getByRole("link", { name: group.name }).click();
  await expect(threadRow(reader.page, title)).toContainText("2 new posts since your last visit");
  await opened(reader.page, () => threadRow(reader.page, title).getByRole("link", { name: title }).click());
  await expect(reader.page.getByText("2 new posts since your last visit.")).toBeVisible();
  const beans = reader.page.getByRole("article", { name: `Post by ${starter.user.name}` }).filter({ hasText: "Beans swap well" });
  const squash = reader.page.getByRole("article", { name: `Post by ${starter.user.name}` }).filter({ hasText: "And squash" });
  await expect(beans).toContainText("New since your last visit");
  await expect(squash).toContainText("New since your last visit");
  // The opening post, read before, is not marked.
  await expect(reader.page.getByRole("article").first()).not.toContainText("New since your last visit");

  await reader.page.getByRole("link", { name: "Go to the first new post" }).click();
  await expect(reader.page.locator(":target")).toContainText("Beans swap well");
  // Still marked: going to a post on the page does not redraw it.
  await expect(squash).toContainText("New since your last visit");

  // Read now: back in the list and on the next visit, nothing is new.
  await expect(async () => {
    await reader.page.goto(`/g/${group.slug}`);
    await expect(threadRow(reader.page, title)).not.toContainText("new");
  }).toPass({ timeout: 10_000 });
  await opened(reader.page, () => reader.page.goto(threadPath));
  await expect(reader.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reader.page.getByText(/since your last visit/)).toHaveCount(0);

  // A new thread, and the reader has no time for it: "Mark all as read".
  const later = "Who keeps a seed library at home?";
  await startThread(starter.page, group.slug, later, "Mine lives in a shoebox.");
  await reader.page.goto(`/g/${group.slug}`);
  await expect(threadRow(reader.page, later)).toContainText("New");
  await reader.page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(reader.page.getByRole("status").filter({ hasText: "Every thread is marked as read." })).toBeVisible();
  await expect(threadRow(reader.page, later)).not.toContainText("New");

  // The visit report's address answers bad input and strangers plainly, and records nothing for them.
  const threadId = Number(threadPath.split("/t/")[1]!.split("-")[0]);
  const shownAt = new Date().toISOString();
  expect((await reader.page.request.post("/api/thread-visits", { data: { threadId: "soon", shownAt } })).status()).toBe(400);
  expect((await reader.page.request.post("/api/thread-visits", { data: { threadId: 2_000_000_000, shownAt } })).status()).toBe(404);
  expect((await reader.page.request.post("/api/thread-visits", { data: { threadId, shownAt } })).status()).toBe(204);
  const stranger = await browser.newContext();
  expect((await stranger.request.post(new URL("/api/thread-visits", reader.page.url()).toString(), { data: { threadId, shownAt } })).status()).toBe(401);
  await stranger.close();
});

test("reading the first page of a long thread, the first time or later, leaves the posts of its other pages new", async ({ browser }) => {
  test.slow();
  const starter = await newPerson(browser, "Starter");
  const group = await createGroup(starter.page);
  const title = "Our long-running tool library thread";
  const threadPath = await startThread(starter.page, group.slug, title, "What can you lend?");
  // 31 answers: the last one starts page 2. The first has 12 follow-ups: more than a page shows
  // of one branch, the rest being one "Continue this thread" link away.
  await threadHasAnswers(threadPath, 31);
  await starter.page.goto(threadPath);
  const firstId = Number((await starter.page.getByRole("article").filter({ has: starter.page.getByText("Answer #1", { exact: true }) }).getAttribute("id"))!.replace("post-", ""));
  await threadHasAnswers(threadPath, 12, { to: firstId, label: "Follow-up" });
  const reader = await newPerson(browser, "Reader");
  await joinGroup(reader.page, group);
  await opened(reader.page, () => reader.page.goto(threadPath));
  await expect(reader.page.getByRole("region", { name: "Replies, page 1 of 2" })).toBeVisible();
  // A first visit reads page 1, not page 2: the list still counts page 2's answer as new (with
  // what was written after it, decision 014's price), until the reader gets there.
  await expect(async () => {
    await reader.page.goto(`/g/${group.slug}`);
    await expect(threadRow(reader.page, title)).toContainText(/\d+ new posts? since your last visit/);
  }).toPass({ timeout: 10_000 });
  // Page 2, then page 1 again (posts of page 1 written after page 2's stay marked until then):
  // all read.
  await opened(reader.page, () => reader.page.goto(`${threadPath}?page=2`));
  await opened(reader.page, () => reader.page.goto(threadPath));
  await expect(async () => {
    await reader.page.goto(`/g/${group.slug}`);
    await expect(threadRow(reader.page, title)).not.toContainText(/\bnew\b/i);
  }).toPass({ timeout: 10_000 });

  // The starter answers a post on page 1, then a follow-up cut from page 1's first branch (on its
  // sub-thread page), then the thread itself: a new branch on page 2.
  await starter.page.goto(threadPath);
  const second = starter.page.getByRole("article").filter({ has: starter.page.getByText("Answer #2", { exact: true }) });
  await second.getByRole("button", { name: `Reply to ${starter.user.name}`, exact: true }).click();
  await starter.page.getByLabel(`Your reply to ${starter.user.name}`).fill("A ladder, on page one.");
  await starter.page.getByRole("button", { name: "Post reply" }).last().click();
  await expect(starter.page.getByRole("article").filter({ hasText: "A ladder, on page one." })).toBeVisible();
  await starter.page.goto(threadPath);
  await starter.page.getByRole("link", { name: "Continue this thread (3 more replies) →" }).click();
  const last = starter.page.getByRole("article").filter({ has: starter.page.getByText("Follow-up #12", { exact: true }) });
  await last.getByRole("button", { name: `Reply to ${starter.user.name}`, exact: true }).click();
  await starter.page.getByLabel(`Your reply to ${starter.user.name}`).fill("A wheelbarrow, deep in page one's first branch.");
  await starter.page.getByRole("button", { name: "Post reply" }).last().click();
  await expect(starter.page.getByRole("article").filter({ hasText: "A wheelbarrow" })).toBeVisible();
  await starter.page.goto(threadPath);
  await starter.page.getByLabel("Reply to the thread").fill("A drill, on page two.");
  await starter.page.getByRole("button", { name: "Post reply" }).click();
  await expect(starter.page.getByRole("article").filter({ hasText: "A drill, on page two." })).toBeVisible();

  await opened(reader.page, () => reader.page.goto(threadPath));
  await expect(reader.page.getByText("3 new posts since your last visit.")).toBeVisible();
  await expect(reader.page.getByRole("article").filter({ hasText: "A ladder, on page one." })).toContainText("New since your last visit");
  // Page 1 read, the way to its cut posts with it: the group's list still counts the post waiting
  // on page 2, and only that one.
  await expect(async () => {
    await reader.page.goto(`/g/${group.slug}`);
    await expect(threadRow(reader.page, title)).toContainText("1 new post since your last visit");
  }).toPass({ timeout: 10_000 });
  await opened(reader.page, () => threadRow(reader.page, title).getByRole("link", { name: title }).click());
  await opened(reader.page, () => reader.page.getByRole("link", { name: "Go to the first new post" }).click());
  await expect(reader.page).toHaveURL(new RegExp(`${threadPath}\\?page=2#post-\\d+$`));
  await expect(reader.page.getByRole("article").filter({ hasText: "A drill, on page two." })).toContainText("New since your last visit");
  // Page 2 read too: nothing is new any more.
  await expect(async () => {
    await reader.page.goto(`/g/${group.slug}`);
    await expect(threadRow(reader.page, title)).not.toContainText("new");
  }).toPass({ timeout: 10_000 });
});

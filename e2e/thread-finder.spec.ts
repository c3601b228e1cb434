import { expect } from "@playwright/test";
import { createGroup, fillMeetupForm, fillProjectForm, groupHasNewerThreads, newPerson, startThread, submitNewProject, test } from "./support";

const DAY = 24 * 3600 * 1000;

test("in a busy group, the meetup and project forms find an older thread by its title", async ({ browser }) => {
  test.slow();
  const { page } = await newPerson(browser, "Organizer");
  const group = await createGroup(page, { visibility: "private" });
  const oldTitle = "Seed library launch";
  await startThread(page, group.slug, oldTitle, "Shall we open a seed library at the community garden?");
  await groupHasNewerThreads(group.slug, 60);

  // The meetup form starts with the most recent threads: the old one is not among them.
  await page.goto(`/g/${group.slug}/meetups/new`);
  const threads = page.getByRole("list", { name: "Threads" });
  await expect(threads.getByRole("checkbox", { name: "Weekly check-in #60" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: oldTitle })).toHaveCount(0);

  const finder = page.getByLabel(/Search the group.s threads/);
  await finder.fill("SEED lib");
  await expect(page.getByRole("status").filter({ hasText: "1 thread matches “SEED lib”." })).toBeVisible();
  await page.getByRole("checkbox", { name: oldTitle }).check();
  // Narrowing the list again keeps what is ticked, in view and in the form.
  await finder.fill("check-in #59");
  await expect(page.getByRole("checkbox", { name: oldTitle })).toBeChecked();
  await page.getByRole("checkbox", { name: "Weekly check-in #59" }).check();
  await expect(threads.getByRole("checkbox", { name: "Weekly check-in #60" })).toBeHidden();
  await finder.fill("no such title at all");
  await expect(page.getByRole("status").filter({ hasText: "No thread title contains “no such title at all”." })).toBeVisible();
  // Enter in the finder searches; it does not send the form.
  await finder.press("Enter");
  await expect(page.getByRole("heading", { name: "Schedule a meetup" })).toBeVisible();

  const startsAt = new Date(Date.now() + 7 * DAY);
  await fillMeetupForm(page, { title: "Seed swap evening", startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000), venueName: "Garden shed" });
  await page.getByRole("button", { name: "Schedule meetup" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Seed swap evening" })).toBeVisible();
  await expect(page.getByRole("link", { name: oldTitle })).toBeVisible();
  await expect(page.getByRole("link", { name: "Weekly check-in #59" })).toBeVisible();

  // The project form's source thread: found by searching, then chosen in the list.
  await page.goto(`/g/${group.slug}/projects/new`);
  const source = page.getByLabel("Source thread");
  await expect(source.getByRole("option", { name: oldTitle })).toHaveCount(0);
  await page.getByLabel(/Search the group.s threads/).fill("seed library");
  await expect(source.getByRole("option", { name: oldTitle })).toHaveCount(1);
  await source.selectOption({ label: oldTitle });
  await fillProjectForm(page, { name: "Seed library", goal: "A shelf of **local seeds** anyone can borrow from." });
  await submitNewProject(page, "Seed library");
  await expect(page.getByRole("link", { name: oldTitle })).toBeVisible();

  // The search answers only those who can see the group.
  const member = await page.request.get(`/g/${group.slug}/thread-choices?q=seed`);
  expect(member.status()).toBe(200);
  expect((await member.json()).threads.map((thread: { title: string }) => thread.title)).toEqual([oldTitle]);
  expect((await page.request.get(`/g/${group.slug}/thread-choices?q=%20`)).status()).toBe(400);
  const { page: stranger } = await newPerson(browser, "Stranger");
  expect((await stranger.request.get(`/g/${group.slug}/thread-choices?q=seed`)).status()).toBe(404);
});

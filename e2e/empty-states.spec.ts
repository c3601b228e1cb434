import { expect } from "@playwright/test";
import { createGroup, newPerson, test, unique } from "./support";

// An empty list says what is missing and what to do next, the same way everywhere (EmptyState).

test("a new group's empty thread list invites a member to start the first thread, and a visitor only reads that there is none", async ({ page, browser }) => {
  const owner = await newPerson(browser, "Owner");
  const group = await createGroup(owner.page);
  await expect(owner.page.getByText("No threads yet — start the first one")).toBeVisible();
  await owner.page.getByRole("link", { name: "Start the first thread" }).click();
  await expect(owner.page).toHaveURL(new RegExp(`/g/${group.slug}/t/new$`));
  await expect(owner.page.getByLabel("Title")).toBeVisible();

  // Signed out: the same emptiness, with no call to act on.
  await page.goto(`/g/${group.slug}`);
  await expect(page.getByText("No threads yet", { exact: true })).toBeVisible();
  await expect(page.getByText("Its members start the discussions here.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Start the first thread" })).toHaveCount(0);
});

test("a group with no meetup and no project says so, and offers its organiser to start one", async ({ browser }) => {
  const { page } = await newPerson(browser, "Organiser");
  const group = await createGroup(page);

  await page.goto(`/g/${group.slug}/meetups`);
  await expect(page.getByText("No meetup planned yet.")).toBeVisible();
  await expect(page.getByText("No past meetup.")).toBeVisible();
  await page.getByRole("link", { name: "Schedule the first meetup" }).click();
  await expect(page).toHaveURL(new RegExp(`/g/${group.slug}/meetups/new$`));

  await page.goto(`/g/${group.slug}/projects`);
  await expect(page.getByText("No project yet.")).toBeVisible();
  await page.getByRole("link", { name: "Start the first project" }).click();
  await expect(page).toHaveURL(new RegExp(`/g/${group.slug}/projects/new$`));
});

test("a newcomer's empty search, notifications and saved posts each say what to do next", async ({ browser }) => {
  const { page } = await newPerson(browser, "Newcomer");

  const words = unique("nosuchword");
  await page.goto(`/search?q=${encodeURIComponent(words)}`);
  await expect(page.getByText(`No results for “${words}”`)).toBeVisible();
  await expect(page.getByText("Try fewer words, or the start of a word.", { exact: false })).toBeVisible();

  await page.goto("/notifications");
  await expect(page.getByText("No notification yet.")).toBeVisible();
  await page.getByRole("link", { name: "Find groups to join" }).click();
  await expect(page).toHaveURL(/\/groups$/);

  await page.goto("/me/saved");
  await expect(page.getByText("Nothing saved yet.")).toBeVisible();
  await expect(page.getByText("Choose “Save” under a post you want to read again, and it shows up here.")).toBeVisible();
});

import { expect, type Page } from "@playwright/test";
import { createGroup, newUser, signUp, test } from "./support";

/**
 * A list's `?page=` past its last page (a stale link, a list that shrank) is a 404 that says so,
 * and leads back to the first page of the same list, its other parameters kept.
 */
async function expectPastTheEnd(page: Page, path: string, heading: string, firstPage: string, listHeading: string | RegExp, level: 1 | 2 = 1): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { level, name: heading }), path).toBeVisible();
  await expect(page, path).toHaveTitle(`${heading} · Toile`);
  await expect(page.getByText("This list has fewer pages: it may have shrunk since the link was made.")).toBeVisible();
  // Not the generic message, which would suggest a private group.
  await expect(page.getByText(/private group/)).toHaveCount(0);
  const link = page.getByRole("link", { name: "Go to the first page" });
  await expect(link, path).toHaveAttribute("href", firstPage);
  await link.click();
  await expect(page).toHaveURL((url) => url.pathname + url.search === firstPage);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(listHeading);
}

test("pages past the end of a list say the list is shorter and lead to its first page", async ({ page, browser }) => {
  test.slow();
  await signUp(page, newUser("Pager"));
  const group = await createGroup(page);

  // A search keeps its words.
  await expectPastTheEnd(page, `/search?q=${encodeURIComponent(group.name)}&page=9`, "There is no page 9 of search results", `/search?q=${encodeURIComponent(group.name)}`, "Search");
  await expect(page.getByRole("searchbox", { name: "Search discussions" })).toHaveValue(group.name);
  // A search in one group keeps its group too (decision 044).
  const inGroup = `/search?q=${encodeURIComponent(group.name)}&group=${group.slug}`;
  await expectPastTheEnd(page, `${inGroup}&page=9`, "There is no page 9 of search results", inGroup, "Search");
  await expect(page.getByRole("searchbox", { name: `Search discussions in ${group.name}` })).toHaveValue(group.name);

  // The directory keeps its filter: page 1 lists the one group found.
  await expectPastTheEnd(page, `/groups?q=${encodeURIComponent(group.name)}&page=2`, "There is no page 2 of the group directory", `/groups?q=${encodeURIComponent(group.name)}`, "Groups");
  await expect(page.getByRole("link", { name: group.name })).toBeVisible();
  // A number too large to be a page is no such page.
  await expectPastTheEnd(page, "/groups?page=99999999999999999999", "There is no such page of the group directory", "/groups", "Groups");

  await expectPastTheEnd(page, "/groups/topics?page=9999", "There is no page 9999 of topics", "/groups/topics", "Topics");
  await expectPastTheEnd(page, "/me/saved?page=2", "There is no page 2 of your saved posts", "/me/saved", /^Saved posts/);
  await expectPastTheEnd(page, "/notifications?page=3", "There is no page 3 of your notifications", "/notifications", "Notifications");
  // The new group's moderator sees the health overview.
  await expectPastTheEnd(page, "/health?page=500", "There is no page 500 of the health overview", "/health", "Group health");

  // A group's lists say so too, under the group's name, which stays the page's h1.
  await expectPastTheEnd(page, `/g/${group.slug}?page=2`, "There is no page 2 of this group's discussions", `/g/${group.slug}`, group.name, 2);
  await expectPastTheEnd(page, `/g/${group.slug}/meetups?page=3`, "There is no page 3 of this group's past meetups", `/g/${group.slug}/meetups`, group.name, 2);
  await expectPastTheEnd(page, `/g/${group.slug}/members?q=pager&page=4`, "There is no page 4 of this group's members", `/g/${group.slug}/members?q=pager`, group.name, 2);
  await expectPastTheEnd(page, `/g/${group.slug}/log?page=2`, "There is no page 2 of this group's moderation log", `/g/${group.slug}/log`, group.name, 2);

  // Anything else missing in a group the reader can see is missing from it, and leads back to it;
  // a thread's page has the h1 its title would have had.
  for (const [path, level] of [
    [`/g/${group.slug}/t/999999-nope`, 1],
    [`/g/${group.slug}/posts/2147483647`, 2],
    [`/g/${group.slug}?view=nonsense`, 2],
  ] as const) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level, name: "Page not found" }), path).toBeVisible();
    await expect(page, path).toHaveTitle("Page not found · Toile");
    await expect(page.getByText(`Nothing in ${group.name} is at this address: it may have been deleted, or the link may be mistyped.`)).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: `Go to ${group.name}` })).toHaveAttribute("href", `/g/${group.slug}`);
  }

  // An unknown group, and a listed private group's insides to an outsider, say nothing more.
  const listed = await createGroup(page, { visibility: "listed" });
  const outsider = await (await browser.newContext()).newPage();
  await signUp(outsider, newUser("Outsider"));
  for (const path of ["/g/does-not-exist", "/g/does-not-exist?page=2", `/g/${listed.slug}/meetups?page=2`, `/g/${listed.slug}/members?page=2`, `/g/${listed.slug}/t/999999-nope`]) {
    expect((await outsider.goto(path))?.status(), path).toBe(404);
    await expect(outsider.getByRole("heading", { name: "Page not found" }), path).toBeVisible();
    await expect(outsider.getByText("This page does not exist, or it belongs to a private group you are not a member of.")).toBeVisible();
  }
});

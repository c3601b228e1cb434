import { expect, type Page } from "@playwright/test";
import { createGroup, newUser, signUp, test } from "./support";

/**
 * A list's `?page=` past its last page (a stale link, a list that shrank) is a 404 that says so,
 * and leads back to the first page of the same list, its other parameters kept.
 */
async function expectPastTheEnd(page: Page, path: string, heading: string, firstPage: string, listHeading: string | RegExp): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
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

test("pages past the end of a list say the list is shorter and lead to its first page", async ({ page }) => {
  test.slow();
  await signUp(page, newUser("Pager"));
  const group = await createGroup(page);

  // A search keeps its words.
  await expectPastTheEnd(page, `/search?q=${encodeURIComponent(group.name)}&page=9`, "There is no page 9 of search results", `/search?q=${encodeURIComponent(group.name)}`, "Search");
  await expect(page.getByRole("searchbox", { name: "Search discussions" })).toHaveValue(group.name);

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

  // Other 404s keep the generic message: an unknown group, and a group's list past its end.
  for (const path of ["/g/does-not-exist", `/g/${group.slug}?page=2`]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

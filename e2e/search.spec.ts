import { expect } from "@playwright/test";
import { createGroup, newPerson, signOut, startThread, unique, test } from "./support";

test("a member finds a post by words, accents, case and word forms aside; outsiders do not find a private group's posts", async ({ browser }) => {
  const { page, user } = await newPerson(browser, "Searcher");
  const word = unique("wickingbed").replace("-", "");
  const group = await createGroup(page);
  await startThread(page, group.slug, `Réservoirs ${word}`, `Les **bacs** à réserve d'eau: un ${word} tient deux semaines.`);
  const hidden = await createGroup(page, { visibility: "private" });
  await startThread(page, hidden.slug, "Members only", `Our secret ${word} plan.`);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await page.getByRole("searchbox", { name: "Search discussions" }).fill(`reservoirs ${word.toUpperCase()}`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByText(`1 post matches “reservoirs ${word.toUpperCase()}”`)).toBeVisible();
  const result = page.getByRole("article", { name: `Réservoirs ${word}` });
  await expect(result).toContainText(`Started by ${user.name} in ${group.name}`);
  await expect(result.locator("mark").first()).toHaveText("Réservoirs");

  // Another form of a word finds it too: the plural "réserves" finds "réserve".
  await page.getByRole("searchbox", { name: "Search discussions" }).fill(`réserves ${word}`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(`1 post matches “réserves ${word}”`)).toBeVisible();

  // Both posts for their author, who belongs to both groups; the result leads to the post.
  await page.getByRole("searchbox", { name: "Search discussions" }).fill(word);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(`2 posts match “${word}”`)).toBeVisible();
  // A minus leaves out the posts with a word: the secret plan goes, the reservoirs stay.
  await page.getByRole("searchbox", { name: "Search discussions" }).fill(`${word} -secret`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(`1 post matches “${word} -secret”`)).toBeVisible();
  await expect(page.getByRole("article", { name: "Members only" })).toHaveCount(0);
  await expect(page.getByRole("article", { name: `Réservoirs ${word}` })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search discussions" }).fill("-secret");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("Type a word to search for as well: a word after a minus only leaves posts out.")).toBeVisible();
  await page.getByRole("searchbox", { name: "Search discussions" }).fill(word);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(`2 posts match “${word}”`)).toBeVisible();
  await page.getByRole("link", { name: `Réservoirs ${word}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Réservoirs ${word}`);

  // A visitor finds the public post only.
  await signOut(page);
  await page.goto(`/search?q=${encodeURIComponent(word)}`);
  await expect(page.getByText(`1 post matches “${word}”`)).toBeVisible();
  await expect(page.getByRole("article", { name: "Members only" })).toHaveCount(0);

  // Nothing found, nothing searchable, a page past the end.
  await page.goto(`/search?q=${encodeURIComponent(`${word} nosuchword`)}`);
  await expect(page.getByText(`No results for “${word} nosuchword”`)).toBeVisible();
  await expect(page.getByText("Try fewer words, or the start of a word.", { exact: false })).toBeVisible();
  // Quotes find the words in that order only.
  await page.goto(`/search?q=${encodeURIComponent(`"un ${word} tient"`)}`);
  await expect(page.getByText(`1 post matches “"un ${word} tient"”`)).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent(`"tient ${word}"`)}`);
  await expect(page.getByText(`No results for “"tient ${word}"”`)).toBeVisible();

  // Past eight words, the rest are not searched, and the page says which.
  const many = `${word} one two three four five six seven nosuchword`;
  await page.goto(`/search?q=${encodeURIComponent(many)}`);
  await expect(page.getByText(`Only the first 8 words were searched: “nosuchword” was left out.`)).toBeVisible();
  await page.goto("/search?q=%26%26");
  await expect(page.getByText("Type a word to search for: letters or digits.")).toBeVisible();
  expect((await page.goto(`/search?q=${word}&page=2`))?.status()).toBe(404);
});

test("a group's page searches that group only; refining keeps the group, “Search all groups” widens it, and a group one cannot read searches them all", async ({ browser }) => {
  const { page } = await newPerson(browser, "Group searcher");
  const word = unique("hugelkultur").replace("-", "");
  const mounds = await createGroup(page);
  await startThread(page, mounds.slug, `Mounds ${word}`, `A ${word} bed holds water all summer.`);
  const logs = await createGroup(page);
  await startThread(page, logs.slug, `Logs ${word}`, `Old logs make a ${word} last.`);
  const hidden = await createGroup(page, { visibility: "private" });

  // On a phone, the group's search box fits beside the Discussions heading without a sideways scroll.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/g/${mounds.slug}`);
  const groupSearch = page.getByRole("region", { name: "Discussions" }).getByRole("search");
  await groupSearch.getByRole("searchbox", { name: "Search this group" }).fill(word);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await groupSearch.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL((url) => url.pathname === "/search" && url.searchParams.get("group") === mounds.slug);
  await expect(page).toHaveTitle(`Search ${mounds.name}: ${word} · Toile`);
  const box = page.getByRole("searchbox", { name: `Search discussions in ${mounds.name}` });
  await expect(box).toHaveValue(word);
  await expect(page.getByText(`Only discussions in ${mounds.name} are searched.`)).toBeVisible();
  await expect(page.getByText(`1 post matches “${word}” in ${mounds.name}`)).toBeVisible();
  await expect(page.getByRole("article", { name: `Mounds ${word}` })).toBeVisible();
  await expect(page.getByRole("article", { name: `Logs ${word}` })).toHaveCount(0);

  // Refining the words keeps the group: the other group's post is not found.
  await box.fill(`logs ${word}`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(`No results for “logs ${word}” in ${mounds.name}`)).toBeVisible();
  await expect(page.getByText("Try fewer words, or the start of a word, or search all groups.")).toBeVisible();

  // Every group, the same words.
  await page.getByRole("link", { name: "Search all groups" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/search" && url.searchParams.get("q") === `logs ${word}` && !url.searchParams.has("group"));
  await expect(page.getByRole("searchbox", { name: "Search discussions", exact: true })).toHaveValue(`logs ${word}`);
  await expect(page.getByText(`1 post matches “logs ${word}”`, { exact: true })).toBeVisible();
  await expect(page.getByRole("article", { name: `Logs ${word}` })).toBeVisible();

  // An unknown address, and a private group to someone outside it, read alike: every group is searched.
  await signOut(page);
  for (const slug of ["no-such-group", hidden.slug]) {
    expect((await page.goto(`/search?q=${encodeURIComponent(word)}&group=${slug}`))?.status()).toBe(200);
    await expect(page.getByText(`No group you can read is at “${slug}”: showing results from every group.`)).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Search discussions", exact: true })).toHaveValue(word);
    await expect(page.getByText(`2 posts match “${word}”`, { exact: true })).toBeVisible();
    await expect(page).toHaveTitle(`Search: ${word} · Toile`);
  }
});

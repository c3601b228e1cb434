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
  await page.goto("/search?q=%26%26");
  await expect(page.getByText("Type a word to search for: letters or digits.")).toBeVisible();
  expect((await page.goto(`/search?q=${word}&page=2`))?.status()).toBe(404);
});

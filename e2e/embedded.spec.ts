import { expect, test } from "@playwright/test";

/**
 * A newcomer's first run: `npm start` with no configuration started the embedded database,
 * migrated it and seeded the demo. The demo accounts work and the app is usable.
 */
test("the embedded demo works out of the box", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Recently active groups" })).toBeVisible();
  await page.getByRole("link", { name: /All \d+ groups/ }).click();
  const cards = page.getByRole("article");
  expect(await cards.count()).toBeGreaterThanOrEqual(5);

  await page.goto("/login");
  await page.getByLabel("Email").fill("member@toile.test");
  await page.getByLabel("Password").fill("toile-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await page.goto("/groups");
  await page.getByRole("article").first().getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Discussions" })).toBeVisible();
  await page.getByRole("list", { name: "Threads" }).getByRole("link").first().click();
  await expect(page.getByRole("article").first()).toBeVisible();
  const replies = page.getByRole("region", { name: "Replies" });
  await expect(replies.getByRole("article").first()).toBeVisible();
});

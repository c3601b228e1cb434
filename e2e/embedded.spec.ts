import { expect } from "@playwright/test";
import { test } from "./support";

/**
 * A newcomer's first run: `npm start` with no configuration started the embedded database,
 * migrated it and seeded the demo. The demo accounts work and the app is usable end to end.
 */
test("the embedded demo works out of the box", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Recently active groups" })).toBeVisible();
  await page.getByRole("link", { name: /All \d+ groups/ }).click();
  // The home page shows group cards too: count on the directory, once the router has got there.
  await expect(page).toHaveURL(/\/groups$/);
  await expect(page.getByRole("searchbox", { name: "Search groups by name or topic" })).toBeVisible();
  await expect.poll(() => page.getByRole("article").count()).toBeGreaterThanOrEqual(5);

  await page.goto("/login");
  await page.getByLabel("Email").fill("member@toile.test");
  await page.getByLabel("Password").fill("toile-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await page.goto("/g/city-gardeners");
  await expect(page.getByText("You are a member")).toBeVisible();
  await expect(page.getByText(/^Health:/)).toBeVisible();
  await page.getByRole("list", { name: "Threads" }).getByRole("link").first().click();
  await expect(page.getByRole("region", { name: "Replies" }).getByRole("article").first()).toBeVisible();

  const reply = `First run on the embedded database, ${Date.now()}.`;
  await page.getByLabel("Reply to the thread").fill(reply);
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByRole("article").filter({ hasText: reply })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("article").filter({ hasText: reply })).toBeVisible();
});

import { expect, test } from "@playwright/test";
import { createGroup, newUser, signIn, signOut, signUp, startThread, unique } from "./support";

test("a member builds a nested conversation that survives signing out and in", async ({ page }) => {
  const alice = newUser("Alice");
  await signUp(page, alice);
  const group = await createGroup(page);
  await expect(page.getByText("You are owner")).toBeVisible();

  const threadPath = await startThread(page, group.slug, "Which compost bin for a balcony?", "I have **two square metres**. Ideas?");
  expect(threadPath).toMatch(new RegExp(`^/g/${group.slug}/t/\\d+-which-compost-bin-for-a-balcony$`));
  await expect(page.locator("article").getByText("two square metres")).toBeVisible();

  await page.getByLabel("Reply to the thread").fill("A bokashi bucket fits under a sink.");
  await page.getByRole("button", { name: "Post reply" }).click();
  const firstReply = page.getByRole("article", { name: `Post by ${alice.name}` }).filter({ hasText: "bokashi bucket" });
  await expect(firstReply).toBeVisible();
  await expect(page.getByLabel("Reply to the thread")).toHaveValue("");

  // A reply to the reply nests under it.
  await firstReply.getByRole("button", { name: `Reply to ${alice.name}` }).click();
  await page.getByLabel(`Your reply to ${alice.name}`).fill("And it does not smell, if you drain it weekly.");
  await page.getByRole("button", { name: "Post reply" }).last().click();
  const nested = page.getByRole("article").filter({ hasText: "drain it weekly" });
  await expect(nested).toBeVisible();
  // Nesting: the nested post sits in the list item of the first reply.
  await expect(page.getByRole("listitem").filter({ has: firstReply }).filter({ has: nested })).toHaveCount(1);

  // Permalinks point at the post's anchor.
  const permalink = nested.getByRole("link", { name: /\(permalink\)$/ });
  await expect(permalink).toHaveAttribute("href", /#post-\d+$/);

  await signOut(page);
  await signIn(page, alice.email, alice.password);
  await page.goto(threadPath);
  await expect(page.getByText("bokashi bucket")).toBeVisible();
  await expect(page.getByText("drain it weekly")).toBeVisible();
  await expect(page.getByText("2 replies")).toBeVisible();
});

test("a second person joins the group, replies and likes", async ({ browser }) => {
  const ownerPage = await (await browser.newContext()).newPage();
  const owner = newUser("Owner");
  await signUp(ownerPage, owner);
  const group = await createGroup(ownerPage);
  const threadPath = await startThread(ownerPage, group.slug, "Introductions", "Say hello and tell us what you grow.");

  const page = await (await browser.newContext()).newPage();
  const bob = newUser("Bob");
  await signUp(page, bob);
  await page.goto(threadPath);
  await expect(page.getByText("Join the group to reply.")).toBeVisible();
  await page.getByRole("button", { name: `Join ${group.name}` }).click();
  await expect(page.getByText("You are a member")).toBeVisible();
  await expect(page.getByRole("button", { name: `Leave ${group.name}` })).toBeVisible();
  await expect(page.getByText("2 members")).toBeVisible();

  await page.getByLabel("Reply to the thread").fill("Hello! Tomatoes and basil on a windowsill.");
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByRole("article", { name: `Post by ${bob.name}` })).toContainText("Tomatoes and basil");

  const like = page.getByRole("button", { name: `Like ${owner.name}'s post (0 likes)` });
  await like.click();
  await expect(page.getByRole("button", { name: `Unlike ${owner.name}'s post (1 like)` })).toHaveAttribute("aria-pressed", "true");

  await ownerPage.goto(threadPath);
  await expect(ownerPage.getByText("Tomatoes and basil")).toBeVisible();
});

test("a private group is invisible to non-members: 404 on its pages, absent from the directory", async ({ browser }) => {
  const ownerPage = await (await browser.newContext()).newPage();
  await signUp(ownerPage, newUser("Keeper"));
  const group = await createGroup(ownerPage, { visibility: "private" });
  const threadPath = await startThread(ownerPage, group.slug, "Members only", "Nobody else should read this.");

  const page = await (await browser.newContext()).newPage();
  await signUp(page, newUser("Stranger"));
  for (const path of [`/g/${group.slug}`, threadPath, `/g/${group.slug}/members`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  await page.goto(`/groups?q=${encodeURIComponent(group.name)}`);
  await expect(page.getByText("No group matches.")).toBeVisible();

  // Anonymous visitors too.
  const anonymous = await (await browser.newContext()).newPage();
  expect((await anonymous.goto(threadPath))?.status()).toBe(404);
});

test("the directory searches by name and filters by tag", async ({ page }) => {
  await signUp(page, newUser("Finder"));
  const name = unique("Findable Orchard");
  const group = await createGroup(page, { name });
  await page.goto("/groups");
  await page.getByLabel("Search groups by name").fill(name);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("1 group")).toBeVisible();
  await expect(page.getByRole("link", { name })).toHaveAttribute("href", `/g/${group.slug}`);
  await page.getByRole("link", { name: "#e2e" }).first().click();
  await expect(page).toHaveURL(/tag=e2e/);
  await expect(page.getByRole("link", { name })).toBeVisible();
});

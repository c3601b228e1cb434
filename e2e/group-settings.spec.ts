import { expect, test } from "@playwright/test";
import { createGroup, joinGroup, newPerson, unique } from "./support";

test("the owner changes the group's settings; bad input keeps what was typed; members get 403", async ({ browser }) => {
  const { page: owner } = await newPerson(browser, "Founder");
  const group = await createGroup(owner);
  await owner.getByRole("navigation", { name: "Group sections" }).getByRole("link", { name: "Settings" }).click();
  await expect(owner.getByRole("heading", { name: "Settings" })).toBeVisible();
  await expect(owner.getByLabel("Name")).toHaveValue(group.name);
  await expect(owner.getByLabel("Topic tags")).toHaveValue("testing, e2e");

  // Too short a name: the field says so, and the new description is kept.
  await owner.getByLabel("Name").fill("X");
  await owner.getByLabel("Description").fill("Now about **seed swaps** every spring.");
  await owner.getByRole("button", { name: "Save settings" }).click();
  await expect(owner.getByRole("alert").filter({ hasText: "Some fields need your attention." })).toBeVisible();
  await expect(owner.getByText("Give the group a name of at least 3 characters.")).toBeVisible();
  await expect(owner.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expect(owner.getByLabel("Description")).toHaveValue("Now about **seed swaps** every spring.");

  const name = unique("Seed Swappers");
  await owner.getByLabel("Name").fill(name);
  await owner.getByLabel("Topic tags").fill("seeds, Swap Days");
  await owner.getByRole("button", { name: "Save settings" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await expect(owner.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(owner.getByLabel("Topic tags")).toHaveValue("seeds, Swap Days");

  // The group page shows the new description and tags; the address did not change.
  await owner.goto(`/g/${group.slug}`);
  await expect(owner.locator(".post-body strong").filter({ hasText: "seed swaps" })).toBeVisible();
  await expect(owner.getByRole("list", { name: "Topics" })).toContainText("#swap-days");

  // A member has no Settings tab, and the page is forbidden to them.
  const { page: member } = await newPerson(browser, "Member");
  await joinGroup(member, { name, slug: group.slug });
  await expect(member.getByRole("navigation", { name: "Group sections" }).getByRole("link", { name: "Settings" })).toHaveCount(0);
  const response = await member.goto(`/g/${group.slug}/settings`);
  expect(response?.status()).toBe(403);
  await expect(member.getByRole("heading", { name: "You cannot do this here" })).toBeVisible();

  // Made private, the group disappears for people outside it.
  await owner.goto(`/g/${group.slug}/settings`);
  await owner.getByLabel("Who can see the group").selectOption("private");
  await owner.getByRole("button", { name: "Save settings" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  const stranger = await (await browser.newContext()).newPage();
  expect((await stranger.goto(`/g/${group.slug}`))?.status()).toBe(404);
});

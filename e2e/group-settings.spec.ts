import { expect } from "@playwright/test";
import { createGroup, joinGroup, newPerson, serverAnswer, startThread, unique, test } from "./support";

test("the owner changes the group's settings; bad input keeps what was typed; members get 403", async ({ browser }) => {
  // Two people sign up (argon2 is slow on purpose) and the journey crosses a dozen pages, as in
  // the other two-person journeys.
  test.slow();
  const { page: owner } = await newPerson(browser, "Founder");
  const group = await createGroup(owner);
  // An owner has no "Leave group": the header says why, and where to hand the group over.
  await expect(owner.getByRole("button", { name: `Leave group: ${group.name}` })).toHaveCount(0);
  await expect(owner.getByText("As an owner you cannot leave: make another member owner on the Members page, then give up your own role there.")).toBeVisible();
  await expect(owner.getByRole("link", { name: "Members page" })).toHaveAttribute("href", `/g/${group.slug}/members`);
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
  await expect(owner.getByLabel("Language of the discussions")).toHaveValue("en");
  await owner.getByLabel("Language of the discussions").selectOption({ label: "Français" });
  await owner.getByRole("button", { name: "Save settings" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await expect(owner.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(owner.getByLabel("Topic tags")).toHaveValue("seeds, Swap Days");
  await expect(owner.getByLabel("Language of the discussions")).toHaveValue("fr");

  // The group page shows the new description and tags, in the group's language (screen readers
  // switch voice); the address did not change.
  await owner.goto(`/g/${group.slug}`);
  await expect(owner.locator(".post-body strong").filter({ hasText: "seed swaps" })).toBeVisible();
  await expect(owner.locator(".post-body").first()).toHaveAttribute("lang", "fr");
  await expect(owner.getByRole("heading", { level: 1, name }).getByRole("link")).toHaveAttribute("lang", "fr");
  await expect(owner.getByRole("list", { name: "Topics" })).toContainText("#swap-days");
  await startThread(owner, group.slug, "Bourse aux graines", "On échange nos **graines** samedi ?");
  await expect(owner.getByRole("heading", { level: 1, name: "Bourse aux graines" })).toHaveAttribute("lang", "fr");
  await expect(owner.getByRole("article").first().locator(".post-body")).toHaveAttribute("lang", "fr");

  // A member has no Settings tab, and the page is forbidden to them.
  const { page: member } = await newPerson(browser, "Member");
  await joinGroup(member, { name, slug: group.slug });
  await expect(member.getByRole("navigation", { name: "Group sections" }).getByRole("link", { name: "Settings" })).toHaveCount(0);
  const response = await member.goto(`/g/${group.slug}/settings`);
  expect(response?.status()).toBe(403);
  await expect(member.getByRole("heading", { name: "You cannot do this here" })).toBeVisible();
  await expect(member).toHaveTitle("Not allowed · Toile");

  // Made private, the group disappears for people outside it.
  await owner.goto(`/g/${group.slug}/settings`);
  await owner.getByLabel("Who can see the group").selectOption("private");
  await owner.getByRole("button", { name: "Save settings" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  // The form shows what was saved (a form reset must not put "Public" back, or the next save
  // would quietly publish the group), and a second save keeps it private.
  const visibility = owner.getByLabel("Who can see the group");
  await expect(visibility).toHaveValue("private");
  await owner.getByLabel("Description").fill("Private now, about **seed swaps**.");
  // Everything this save should leave is already on the page from the first one ("Settings
  // saved.", "Private group"): wait for the server's answer, then check what it stored.
  const saved = serverAnswer(owner, `/g/${group.slug}/settings`);
  await owner.getByRole("button", { name: "Save settings" }).click();
  expect((await saved).ok()).toBe(true);
  await expect(owner.getByRole("button", { name: "Save settings" })).toBeVisible();
  await expect(visibility).toHaveValue("private");
  await owner.goto(`/g/${group.slug}`);
  await expect(owner.locator(".post-body").filter({ hasText: "Private now, about seed swaps." }).first()).toBeVisible();
  await expect(owner.getByText("Private group", { exact: false }).first()).toBeVisible();
  const stranger = await (await browser.newContext()).newPage();
  expect((await stranger.goto(`/g/${group.slug}`))?.status()).toBe(404);
});

test("a save from a settings page opened before another save is refused, keeping what was typed; saved again, it goes through", async ({ browser }) => {
  const { page: first } = await newPerson(browser, "Founder");
  const group = await createGroup(first);
  // The same owner in a second tab, opened at the same time.
  const second = await first.context().newPage();
  for (const page of [first, second]) await page.goto(`/g/${group.slug}/settings`);
  const renamed = unique("Seed Swappers");
  await first.getByLabel("Name").fill(renamed);
  await first.getByRole("button", { name: "Save settings" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();

  await second.getByLabel("Topic tags").fill("compost");
  await second.getByRole("button", { name: "Save settings" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "Someone else (or you, in another tab) saved these settings since you opened this page, so your changes were not saved." })).toBeVisible();
  await expect(second.getByLabel("Topic tags")).toHaveValue("compost");
  // The rename stands meanwhile.
  await first.reload();
  await expect(first.getByLabel("Name")).toHaveValue(renamed);
  await expect(first.getByLabel("Topic tags")).toHaveValue("testing, e2e");
  // Saving again, knowingly, replaces it with this page's settings, as the message said.
  await second.getByLabel("Name").fill(`${renamed} & co`);
  await second.getByRole("button", { name: "Save settings" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await first.reload();
  await expect(first.getByLabel("Name")).toHaveValue(`${renamed} & co`);
  await expect(first.getByLabel("Topic tags")).toHaveValue("compost");
});

test("a group created private after a rejected attempt stays private", async ({ browser }) => {
  const { page } = await newPerson(browser, "Discreet");
  await page.goto("/groups/new");
  const name = unique("Quiet Circle");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Description").fill("short");
  await page.getByLabel("Who can see the group").selectOption("private");
  await page.getByRole("button", { name: "Create group" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Some fields need your attention." })).toBeVisible();
  await expect(page.getByLabel("Who can see the group")).toHaveValue("private");
  await page.getByLabel("Description").fill("A circle for people who prefer to talk in private.");
  await page.getByRole("button", { name: "Create group" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Private group", { exact: false }).first()).toBeVisible();
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  const stranger = await (await browser.newContext()).newPage();
  expect((await stranger.goto(`/g/${slug}`))?.status()).toBe(404);
});

import { expect } from "@playwright/test";
import { createGroup, newPerson, newUser, startThread, test } from "./support";

test("an owner invites a newcomer to a private group by link; they sign up, join and read it; a revoked link says so", async ({ browser }) => {
  // Two people sign up (argon2) and the journey crosses many pages: a busy machine needs the room.
  test.slow();
  const owner = await newPerson(browser, "Host");
  const group = await createGroup(owner.page, { visibility: "private" });
  await startThread(owner.page, group.slug, "Plans for the spring planting", "Only members should read about the secret garden plot.");

  await owner.page.goto(`/g/${group.slug}/members`);
  const section = owner.page.getByRole("region", { name: "Invite links" });
  await expect(section.getByText("No active invite links.")).toBeVisible();
  const form = section.getByRole("form", { name: "Create an invite link" });
  await expect(form.getByLabel("Expires after")).toHaveValue("7");

  // A maximum that is not a number: said next to the field, what was typed is kept.
  const maxUses = form.getByLabel("Maximum uses (optional)");
  await maxUses.fill("two");
  await form.getByLabel("Expires after").selectOption("30");
  await form.getByRole("button", { name: "Create link" }).click();
  await expect(form.getByText("Leave it empty for no limit, or enter a whole number from 1 to 1000.")).toBeVisible();
  await expect(maxUses).toHaveAttribute("aria-invalid", "true");
  await expect(maxUses).toHaveValue("two");
  await expect(form.getByLabel("Expires after")).toHaveValue("30");

  await maxUses.fill("2");
  await form.getByRole("button", { name: "Create link" }).click();
  await expect(form.getByRole("status").first()).toHaveText("Invitation link created. Copy it now: it is shown only this once.");
  const link = await form.getByLabel("New invite link").inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invite\/[A-Za-z0-9_-]{43}$/);
  // Wide enough to be read whole before copying: as wide as the form, less its Copy button.
  const [field, box] = [await form.getByLabel("New invite link").boundingBox(), await form.boundingBox()];
  expect(field!.width).toBeGreaterThan(box!.width * 0.6);
  const token = link.split("/invite/")[1]!;
  // The list shows the link by its first characters only: the whole token is not kept.
  const row = section.getByRole("row", { name: new RegExp(`/invite/${token.slice(0, 6)}`) });
  await expect(row).toContainText(owner.user.name);
  await expect(row).toContainText("in 30 days");
  await expect(row).toContainText("0 / 2");

  // A newcomer, signed out, sees the group's public face and who invited them, not its threads.
  const newcomerPage = await (await browser.newContext()).newPage();
  await newcomerPage.goto(link);
  await expect(newcomerPage.getByRole("heading", { level: 1 })).toHaveText(`You are invited to join ${group.name}`);
  await expect(newcomerPage.getByText(`${owner.user.name} invited you · 1 member`)).toBeVisible();
  await expect(newcomerPage.getByText("A group for testing things together.")).toBeVisible();
  await expect(newcomerPage.getByText("Plans for the spring planting")).toHaveCount(0);

  // They create an account and come back to the invitation.
  await newcomerPage.getByRole("link", { name: "Create an account" }).click();
  const newcomer = newUser("Newcomer");
  await newcomerPage.getByLabel("Email").fill(newcomer.email);
  await newcomerPage.getByLabel("Display name").fill(newcomer.name);
  await newcomerPage.getByLabel("Password").fill(newcomer.password);
  await newcomerPage.getByRole("button", { name: "Create account" }).click();
  await expect(newcomerPage).toHaveURL(new RegExp(`/invite/${token}$`));
  await expect(newcomerPage.getByRole("banner")).toContainText(`Signed in as ${newcomer.name}`);

  // They join and land in the private group, whose threads they now read.
  await newcomerPage.getByRole("button", { name: `Join ${group.name}` }).click();
  await expect(newcomerPage).toHaveURL(new RegExp(`/g/${group.slug}$`));
  await expect(newcomerPage.getByText("Private group · 2 members · You are a member")).toBeVisible();
  await newcomerPage.getByRole("link", { name: "Plans for the spring planting" }).click();
  await expect(newcomerPage.getByText("Only members should read about the secret garden plot.")).toBeVisible();

  // Opening the link again: already a member, no use counted.
  await newcomerPage.goto(link);
  await expect(newcomerPage.getByText("You are already a member of this group.")).toBeVisible();
  await expect(newcomerPage.getByRole("link", { name: `Go to ${group.name}` })).toHaveAttribute("href", `/g/${group.slug}`);

  // The owner is told, and sees one use; then revokes the link.
  await owner.page.goto(`/g/${group.slug}/members`);
  await expect(owner.page.getByRole("link", { name: /^Notifications 1 unread/ })).toBeVisible();
  await expect(row).toContainText("1 / 2");
  await row.getByRole("button", { name: `Revoke link /invite/${token.slice(0, 6)}…` }).click();
  await expect(section.getByRole("status").filter({ hasText: "revoked" })).toHaveText("The link was revoked: it no longer lets anyone join.");
  await expect(section.getByText("No active invite links.")).toBeVisible();

  // Whoever opens it now is told it was revoked, and nothing of the group.
  const latecomerPage = await (await browser.newContext()).newPage();
  await latecomerPage.goto(link);
  await expect(latecomerPage.getByRole("heading", { level: 1 })).toHaveText("Invitation unavailable");
  await expect(latecomerPage.getByText("This invitation was revoked by the group's owners.")).toBeVisible();
  await expect(latecomerPage.getByText(group.name)).toHaveCount(0);

  // A token that names nothing is the app's 404.
  expect((await latecomerPage.goto(`/invite/${"A".repeat(43)}`))?.status()).toBe(404);
  expect((await latecomerPage.goto("/invite/not-a-token"))?.status()).toBe(404);

  // A plain member sees no invite links.
  await newcomerPage.goto(`/g/${group.slug}/members`);
  await expect(newcomerPage.getByRole("region", { name: "Invite links" })).toHaveCount(0);

  // The group's moderation log says who created the link, on what terms, and who revoked it.
  await owner.page.goto(`/g/${group.slug}/log`);
  const entries = owner.page.getByRole("list", { name: "Moderation log", exact: true }).getByRole("listitem");
  await expect(entries.nth(0)).toContainText(`${owner.user.name} revoked the invitation link /invite/${token.slice(0, 6)}… (1 person had joined with it)`);
  await expect(entries.nth(1)).toContainText(`${owner.user.name} created the invitation link /invite/${token.slice(0, 6)}… (works 30 days, up to 2 uses)`);

  // A link created and revoked at once is no longer offered to copy.
  await owner.page.goto(`/g/${group.slug}/members`);
  await form.getByRole("button", { name: "Create link" }).click();
  const second = (await form.getByLabel("New invite link").inputValue()).split("/invite/")[1]!;
  await section.getByRole("button", { name: `Revoke link /invite/${second.slice(0, 6)}…` }).click();
  await expect(section.getByText("No active invite links.")).toBeVisible();
  await expect(form.getByLabel("New invite link")).toHaveCount(0);
  await expect(form.getByText("Copy it now", { exact: false })).toHaveCount(0);
  // The next link: offered to copy, the revocation's message gone.
  await form.getByRole("button", { name: "Create link" }).click();
  await expect(form.getByLabel("New invite link")).toBeVisible();
  await expect(section.getByText("The link was revoked: it no longer lets anyone join.")).toHaveCount(0);
  // Revoked in its turn: said again.
  const third = (await form.getByLabel("New invite link").inputValue()).split("/invite/")[1]!;
  await section.getByRole("button", { name: `Revoke link /invite/${third.slice(0, 6)}…` }).click();
  await expect(section.getByText("The link was revoked: it no longer lets anyone join.")).toBeVisible();
});

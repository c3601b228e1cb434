import { expect } from "@playwright/test";
import { createGroup, newPerson, startThread, unique, test } from "./support";

test("an owner adds someone to a private group by email; they are told, and take part", async ({ browser }) => {
  // Two people sign up (argon2) and the journey crosses many pages: a busy machine needs the room.
  test.slow();
  const owner = await newPerson(browser, "Keeper");
  const friend = await newPerson(browser, "Friend");
  const group = await createGroup(owner.page, { visibility: "private" });

  // The settings say how people get into a private group.
  await owner.page.goto(`/g/${group.slug}/settings`);
  await expect(owner.page.getByLabel("Who can see the group")).toHaveAccessibleDescription(/its owners add members by email on the group's Members page/);

  // Outside the group, the friend cannot tell it exists.
  expect((await friend.page.goto(`/g/${group.slug}`))?.status()).toBe(404);
  expect((await friend.page.goto(`/g/${group.slug}/members`))?.status()).toBe(404);

  await owner.page.getByRole("navigation", { name: "Group sections" }).getByRole("link", { name: "Members" }).click();
  await expect(owner.page).toHaveTitle(`Members · ${group.name} · Toile`);
  await expect(owner.page.getByRole("heading", { name: "1 member" })).toBeVisible();
  const form = owner.page.getByRole("form", { name: "Add a member" });
  const email = form.getByLabel("Email address");

  // An address without an account: the field says so and keeps what was typed.
  const stranger = `${unique("nobody")}@example.test`;
  await email.fill(stranger);
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByText("No one has a Toile account with that email — ask them to sign up first.")).toBeVisible();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveValue(stranger);

  // The friend's address, typed in capitals: they are in, and the field is ready for the next one.
  await email.fill(friend.user.email.toUpperCase());
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByRole("status")).toHaveText(`${friend.user.name} is now a member.`);
  await expect(email).toHaveValue("");
  await expect(owner.page.getByRole("heading", { name: "2 members" })).toBeVisible();
  await expect(owner.page.getByRole("rowheader", { name: friend.user.name })).toBeVisible();

  // Once more: already a member, said next to the field.
  await email.fill(friend.user.email);
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByText(`${friend.user.name} is already a member of this group.`)).toBeVisible();
  await expect(email).toHaveValue(friend.user.email);

  // The members list has one page: the next ones do not exist.
  expect((await owner.page.goto(`/g/${group.slug}/members?page=999`))?.status()).toBe(404);
  await expect(owner.page.getByRole("heading", { name: "There is no page 999 of this group's members" })).toBeVisible();

  // The friend is told, follows the notification into the group, and starts a thread.
  await friend.page.goto("/groups");
  await expect(friend.page.getByRole("link", { name: "Notifications 1 unread" })).toBeVisible();
  await friend.page.getByRole("link", { name: /^Notifications/ }).click();
  await friend.page.getByRole("link", { name: `${owner.user.name} added you to ${group.name}.` }).click();
  await expect(friend.page).toHaveURL(new RegExp(`/g/${group.slug}$`));
  await expect(friend.page.getByRole("heading", { level: 1, name: group.name })).toBeVisible();
  await expect(friend.page.getByText("Private group · 2 members · You are a member")).toBeVisible();
  await startThread(friend.page, group.slug, "Hello from the new member", "Thanks for adding me, glad to be part of this circle.");

  // A plain member sees the list but cannot add anyone.
  await friend.page.goto(`/g/${group.slug}/members`);
  await expect(friend.page.getByRole("rowheader", { name: owner.user.name })).toBeVisible();
  await expect(friend.page.getByRole("form", { name: "Add a member" })).toHaveCount(0);

  // Leaving a private group is said to be for good, unless the owner adds them back.
  const warning = new Promise<string>((resolve) => friend.page.once("dialog", (dialog) => void dialog.dismiss().then(() => resolve(dialog.message()))));
  await friend.page.getByRole("button", { name: `Leave group: ${group.name}` }).click();
  expect(await warning).toBe(`Leave ${group.name}? Only its owner can add you back.`);
  await expect(friend.page.getByRole("button", { name: `Leave group: ${group.name}` })).toBeVisible();
});

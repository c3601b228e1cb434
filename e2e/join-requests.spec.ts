import { expect } from "@playwright/test";
import { createGroup, newPerson, newUser, signUp, startThread, test, unique } from "./support";

test("someone finds a listed private group, asks to join, and reads it once a moderator accepts", async ({ page, browser }) => {
  const owner = newUser("Olga Owner");
  await signUp(page, owner);
  const group = await createGroup(page, { name: unique("Plot keepers"), visibility: "listed" });
  const threadUrl = await startThread(page, group.slug, "Where the spare key is", "Under the third pot.");

  // Found in the directory by anyone, signed out too; its page shows what the directory shows.
  const { page: asker, user } = await newPerson(browser, "Ana Asker");
  await asker.goto(`/groups?q=${encodeURIComponent(group.name)}`);
  await asker.getByRole("link", { name: group.name }).click();
  await expect(asker.getByRole("heading", { level: 1, name: group.name })).toBeVisible();
  await expect(asker.getByText("Private group · 1 member")).toBeVisible();
  await expect(asker.getByText("A group for testing things together.")).toBeVisible();
  await expect(asker.getByText("Where the spare key is")).toHaveCount(0);
  expect((await asker.goto(threadUrl))?.status()).toBe(404);
  expect((await asker.goto(`/g/${group.slug}/members`))?.status()).toBe(404);
  await asker.goto(`/g/${group.slug}`);

  // Too long a message keeps what was typed, with its error on the field.
  const message = asker.getByLabel("Message to the moderators (optional)");
  await message.fill("x".repeat(501));
  await asker.getByRole("button", { name: "Ask to join" }).click();
  await expect(message).toHaveAccessibleDescription(/Keep your message within 500 characters\./);
  await expect(message).toHaveValue("x".repeat(501));
  await message.fill("I tend the plot next door and would like to help.");
  await asker.getByRole("button", { name: "Ask to join" }).click();
  await expect(asker.getByText(/^You asked to join (just now|\d+ seconds? ago) \([^)]+ UTC\): the group's moderators have not answered yet\./)).toBeFocused();

  // The owner is told, and answers on the Members page.
  await page.goto("/notifications");
  await page.getByRole("link", { name: `${user.name} asks to join ${group.name}.` }).click();
  await expect(page.getByRole("navigation", { name: "Group sections" }).getByRole("link", { name: "Members (1 request)" })).toBeVisible();
  const requests = page.getByRole("list", { name: "Requests to join" });
  await expect(page.getByRole("heading", { name: "Requests to join (1)" })).toBeVisible();
  await expect(requests.getByRole("listitem")).toContainText("I tend the plot next door and would like to help.");
  await requests.getByRole("button", { name: `Accept ${user.name}'s request` }).click();
  await expect(page.getByRole("status").filter({ hasText: `${user.name} is now a member.` })).toBeFocused();
  await expect(page.getByRole("heading", { name: "Requests to join (0)" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: user.name })).toBeVisible();

  // The asker is told, and reads the group.
  await asker.goto("/notifications");
  await asker.getByRole("link", { name: `The moderators of ${group.name} accepted your request to join.` }).click();
  await expect(asker.getByRole("link", { name: "Where the spare key is" })).toBeVisible();
  expect((await asker.goto(threadUrl))?.status()).toBe(200);
});

test("a declined request shows the moderators' reason and may be made again; a waiting one may be taken back", async ({ page, browser }) => {
  await signUp(page, newUser("Mo Owner"));
  const group = await createGroup(page, { name: unique("Seed circle"), visibility: "listed" });
  const { page: asker, user } = await newPerson(browser, "Ben Asker");
  await asker.goto(`/g/${group.slug}`);
  await asker.getByRole("button", { name: "Ask to join" }).click();
  await expect(asker.getByText(/^You asked to join/)).toBeFocused();

  await page.goto(`/g/${group.slug}/members`);
  await page.getByRole("button", { name: `Decline ${user.name}'s request` }).click();
  await page.getByLabel(`Reason for ${user.name} (optional)`).fill("We are full until spring.");
  await page.getByRole("button", { name: `Decline and tell ${user.name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `${user.name}'s request was declined.` })).toBeFocused();
  await page.goto(`/g/${group.slug}/log`);
  await expect(page.getByRole("list", { name: "Moderation log" })).toContainText(`declined the request of ${user.name} to join the group: “We are full until spring.”`);

  await asker.reload();
  await expect(asker.getByText(/The moderators declined your request .*: “We are full until spring\.” You may ask again\./)).toBeVisible();
  await asker.getByRole("button", { name: "Ask to join" }).click();
  await expect(asker.getByText(/^You asked to join/)).toBeFocused();
  // A moderator has the request on screen when it is taken back: accepting it says so, and the
  // page shows the requests as they are now.
  await page.goto(`/g/${group.slug}/members`);
  await expect(page.getByRole("heading", { name: "Requests to join (1)" })).toBeVisible();
  await asker.getByRole("button", { name: "Take back my request" }).click();
  await expect(asker.getByRole("button", { name: "Ask to join" })).toBeVisible();
  await expect(asker.getByText("Request sent")).toHaveCount(0);
  await expect(asker.getByRole("status").filter({ hasText: "Request taken back." })).toBeVisible();
  await page.getByRole("button", { name: `Accept ${user.name}'s request` }).click();
  await expect(page.getByRole("status").filter({ hasText: "This request does not exist any more: it was taken back." })).toBeFocused();
  await expect(page.getByRole("heading", { name: "Requests to join (0)" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Group sections" }).getByRole("link", { name: "Members", exact: true })).toBeVisible();
  // Asked anew: the request's standing, without the former "Request taken back.".
  await asker.getByRole("button", { name: "Ask to join" }).click();
  await expect(asker.getByRole("button", { name: "Take back my request" })).toBeVisible();
  await expect(asker.getByText("Request taken back.")).toHaveCount(0);

  // Signed out, the way in is signing in.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/g/${group.slug}`);
  await visitor.getByRole("link", { name: "Sign in to ask to join" }).click();
  await expect(visitor).toHaveURL(/\/login\?callbackUrl=/);
});

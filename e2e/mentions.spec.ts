import { expect } from "@playwright/test";
import { createGroup, joinGroup, newPerson, test } from "./support";

// Four people in their own browsers.
test.describe.configure({ timeout: 120_000 });

test("members mention each other by picking a name after @: the person is told and led to the post", async ({ browser }) => {
  const owner = await newPerson(browser, "Olga");
  const group = await createGroup(owner.page);
  const ana = await newPerson(browser, "Anouk");
  const ben = await newPerson(browser, "Benedikt");
  await joinGroup(ana.page, group);
  await joinGroup(ben.page, group);

  // The owner starts a thread mentioning Ben, picking him with the mouse.
  await owner.page.goto(`/g/${group.slug}/t/new`);
  await owner.page.getByLabel("Title").fill("Seed swap planning");
  const message = owner.page.getByLabel("Message");
  await message.pressSequentially("Who brings the labels? @Bened");
  // The list opens under the line being typed, from the "@", inside the box: it covers neither
  // the text before the "@" nor the form's button.
  const suggestions = owner.page.getByRole("listbox", { name: "People to mention" });
  await expect(suggestions).toBeVisible();
  const listBox = (await suggestions.boundingBox())!;
  const messageBox = (await message.boundingBox())!;
  const startBox = (await owner.page.getByRole("button", { name: "Start thread" }).boundingBox())!;
  expect(listBox.y).toBeGreaterThan(messageBox.y);
  expect(listBox.y).toBeLessThan(messageBox.y + 60);
  expect(listBox.x).toBeGreaterThan(messageBox.x + 100);
  expect(listBox.y + listBox.height < startBox.y || listBox.x > startBox.x + startBox.width).toBe(true);
  await suggestions.getByRole("option", { name: ben.user.name }).click();
  await expect(message).toHaveValue(new RegExp(`^Who brings the labels\\? \\[@${ben.user.name}\\]\\(/u/[a-z0-9]+\\) $`));
  await expect(message).toBeFocused();
  await owner.page.getByRole("button", { name: "Start thread" }).click();
  await expect(owner.page.getByRole("heading", { level: 1 })).toHaveText("Seed swap planning");
  await expect(owner.page.getByRole("article").first().getByRole("link", { name: `@${ben.user.name}` })).toHaveAttribute("href", /^\/u\/[a-z0-9]+$/);
  const threadPath = new URL(owner.page.url()).pathname;

  // Ben answers by keyboard: the list names its choice on the box, Escape closes it, Enter picks.
  await ben.page.goto(threadPath);
  const reply = ben.page.getByLabel("Reply to the thread");
  await reply.pressSequentially("Happy to. @ano");
  const list = ben.page.getByRole("listbox", { name: "People to mention" });
  await expect(list.getByRole("option")).toHaveText([ana.user.name]);
  await expect(list.getByRole("option", { name: ana.user.name })).toHaveAttribute("aria-selected", "true");
  await expect(reply).toHaveAttribute("aria-activedescendant", /.+/);
  await expect(ben.page.getByRole("status").filter({ hasText: "1 person to mention" })).toBeAttached();
  await reply.press("Escape");
  await expect(list).toHaveCount(0);
  await expect(reply).toHaveValue("Happy to. @ano");
  // Typing the name again opens it again.
  for (let n = 0; n < 4; n++) await reply.press("Backspace");
  await reply.pressSequentially("@anou");
  await expect(list.getByRole("option")).toHaveText([ana.user.name]);
  await reply.press("Enter");
  await reply.pressSequentially("can you bring envelopes?");
  await expect(reply).toHaveValue(new RegExp(`^Happy to\\. \\[@${ana.user.name}\\]\\(/u/[a-z0-9]+\\) can you bring envelopes\\?$`));
  await ben.page.getByRole("button", { name: "Post reply" }).click();
  const posted = ben.page.getByRole("article", { name: `Post by ${ben.user.name}` });
  await expect(posted.getByRole("link", { name: `@${ana.user.name}` })).toBeVisible();

  // Each is told; the notice leads to the post.
  await ben.page.goto("/notifications");
  await expect(ben.page.getByRole("link", { name: `${owner.user.name} mentioned you in “Seed swap planning”.` })).toBeVisible();
  await ana.page.goto("/notifications");
  await ana.page.getByRole("link", { name: `${ben.user.name} mentioned you in “Seed swap planning”.` }).click();
  await expect(ana.page).toHaveURL(new RegExp(`${threadPath}#post-\\d+$`));
  await expect(ana.page.getByRole("article", { name: `Post by ${ben.user.name}` })).toContainText("can you bring envelopes?");

  // The suggestions are the members' only.
  const outsider = await newPerson(browser, "Outsider");
  expect((await outsider.page.request.get(`/g/${group.slug}/mentionable?q=ano`)).status()).toBe(403);
  expect((await ana.page.request.get(`/g/${group.slug}/mentionable?q=`)).status()).toBe(400);
  const found = await ana.page.request.get(`/g/${group.slug}/mentionable?q=bene`);
  expect(await found.json()).toEqual({ people: [{ id: expect.any(String), name: ben.user.name }] });
  const anonymous = await browser.newContext({ baseURL: new URL(ana.page.url()).origin });
  expect((await anonymous.request.get(`/g/${group.slug}/mentionable?q=ano`)).status()).toBe(401);
});

import { expect } from "@playwright/test";
import { createGroup, newPerson, newUser, serverAnswer, signUp, startThread, test, unique } from "./support";

test("a reader saves a post, finds it under Saved, goes back to it, and lets it go", async ({ page, browser }) => {
  const author = newUser("Ana Saver");
  await signUp(page, author);
  const group = await createGroup(page, { name: unique("Bean keepers") });
  const threadUrl = await startThread(page, group.slug, "Drying beans", "Pick them when the pods rattle.");
  await page.getByLabel("Reply to the thread").fill("Then keep them in a **paper** bag, never plastic.");
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page.getByText("Then keep them in a paper bag, never plastic.")).toBeVisible();

  // A reader who is not a member saves the reply: a toggle, pressed once saved.
  const { page: reader } = await newPerson(browser, "Rita Reader");
  await reader.goto(threadUrl);
  const reply = reader.getByRole("article").filter({ hasText: "paper bag" });
  const save = reply.getByRole("button", { name: new RegExp(`^Save ${author.name}'s post from `) });
  await expect(save).toHaveAttribute("aria-pressed", "false");
  // Pressed at once; reloaded only once the server has it (a reload cancels what is on its way).
  const answered = serverAnswer(reader, threadUrl);
  await save.click();
  await expect(save).toHaveAttribute("aria-pressed", "true");
  await answered;
  await reader.reload();
  await expect(reader.getByRole("article").filter({ hasText: "paper bag" }).getByRole("button", { name: /^Save / })).toHaveAttribute("aria-pressed", "true");

  // And the thread's opening post, saved last, so first on the list.
  const opener = reader.getByRole("article").filter({ hasText: "Pick them when the pods rattle." }).getByRole("button", { name: /^Save / });
  const openerAnswered = serverAnswer(reader, threadUrl);
  await opener.click();
  await openerAnswered;

  await reader.getByRole("link", { name: "Saved", exact: true }).click();
  await expect(reader.getByRole("heading", { level: 1, name: "Saved posts (2)" })).toBeVisible();
  await expect(reader.getByRole("list", { name: "Saved posts" }).getByRole("heading", { level: 2 })).toHaveText(["Drying beans", "Re: Drying beans"]);
  // Removed with the keyboard, a post leaves the list and the keyboard goes on to the next post's title.
  await reader.getByRole("button", { name: new RegExp(`^Remove from Saved: ${author.name}'s post from `) }).first().press("Enter");
  await expect(reader.getByRole("heading", { level: 1, name: "Saved posts (1)" })).toBeVisible();
  await expect(reader.getByRole("link", { name: "Re: Drying beans" })).toBeFocused();
  const saved = reader.getByRole("list", { name: "Saved posts" }).getByRole("article");
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText(`${author.name} in ${group.name}`);
  await expect(saved).toContainText("Then keep them in a paper bag, never plastic.");
  await saved.getByRole("link", { name: "Re: Drying beans" }).click();
  await expect(reader.getByRole("article").filter({ hasText: "paper bag" })).toBeFocused();

  await reader.goBack();
  await reader.getByRole("button", { name: new RegExp(`^Remove from Saved: ${author.name}'s post from `) }).press("Enter");
  await expect(reader.getByText("Nothing saved yet.")).toBeVisible();
  // The last one gone, the keyboard is on the heading that says none is left.
  await expect(reader.getByRole("heading", { level: 1, name: "Saved posts (0)" })).toBeFocused();

  // Signed out, the list asks for a sign-in.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/me/saved");
  await expect(visitor).toHaveURL(/\/login\?callbackUrl=%2Fme%2Fsaved/);
});

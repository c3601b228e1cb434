import { expect, type Browser, type Page } from "@playwright/test";
import { createGroup, fillProjectForm, joinGroup, newPerson, startThread, submitNewProject, test } from "./support";

/**
 * What loses nothing works before the page's script runs, or with scripts off (decision 016):
 * the form posts natively to its server action and the page comes back with the answer. Each
 * journey copies a signed-in session into a browser that runs no script.
 */
test.describe.configure({ timeout: 120_000 });

async function withoutScript(browser: Browser, signedIn: Page): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.context().storageState() });
  return context.newPage();
}

test("without JavaScript, a reader joins the group from a thread and replies; an empty reply is refused with a reason", async ({ browser }) => {
  const { page: owner } = await newPerson(browser, "Owner");
  const group = await createGroup(owner);
  const threadPath = await startThread(owner, group.slug, "Seed swap in March?", "Who brings what?");
  const { page: member } = await newPerson(browser, "Member");

  const plain = await withoutScript(browser, member);
  await plain.goto(threadPath);
  await plain.getByRole("group", { name: "Join the group to reply." }).getByRole("button", { name: `Join group: ${group.name}` }).click();
  await expect(plain.getByText("You are a member")).toBeVisible();
  await plain.getByRole("button", { name: "Post reply" }).click();
  await expect(plain.getByText("Write something before posting.").first()).toBeVisible();
  await plain.getByLabel("Reply to the thread").fill("I'll bring **runner beans**.");
  await plain.getByRole("button", { name: "Post reply" }).click();
  await expect(plain.locator("article").filter({ hasText: "I'll bring runner beans." }).locator("strong")).toHaveText("runner beans");
  await owner.goto(threadPath);
  await expect(owner.locator("article").filter({ hasText: "I'll bring runner beans." })).toBeVisible();
});

test("without JavaScript, a member starts a thread: a title left empty is refused with what was typed kept, then it is posted", async ({ browser }) => {
  const { page: owner } = await newPerson(browser, "Owner");
  const group = await createGroup(owner);
  const { page: member } = await newPerson(browser, "Member");
  await joinGroup(member, group);

  const plain = await withoutScript(browser, member);
  await plain.goto(`/g/${group.slug}`);
  await plain.getByRole("link", { name: "Start a thread" }).click();
  await plain.getByLabel("Message").fill("Which **tomatoes** did well this year?");
  await plain.getByRole("button", { name: "Start thread" }).click();
  await expect(plain.getByLabel("Title")).toHaveAccessibleDescription(/Give the thread a title/);
  await expect(plain.getByLabel("Message")).toHaveValue("Which **tomatoes** did well this year?");
  await plain.getByLabel("Title").fill("Tomato varieties");
  await plain.getByRole("button", { name: "Start thread" }).click();
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText("Tomato varieties");
  await expect(plain.locator("article strong")).toHaveText("tomatoes");
  await owner.goto(`/g/${group.slug}`);
  await expect(owner.getByRole("link", { name: "Tomato varieties" })).toBeVisible();
});

test("without JavaScript, a member joins a project and its lead starts the work", async ({ browser }) => {
  const { page: lead } = await newPerson(browser, "Lead");
  const group = await createGroup(lead);
  await lead.goto(`/g/${group.slug}/projects/new`);
  await fillProjectForm(lead, { name: "Seed library", goal: "A shelf of seeds to borrow." });
  const projectPath = await submitNewProject(lead, "Seed library");
  const { page: member, user } = await newPerson(browser, "Helper");
  await joinGroup(member, group);

  const plainMember = await withoutScript(browser, member);
  await plainMember.goto(projectPath);
  await plainMember.getByRole("button", { name: "Join this project: Seed library" }).click();
  await expect(plainMember.getByText("You joined the project.")).toBeVisible();
  await expect(plainMember.getByRole("list", { name: "Contributors" }).getByRole("listitem").filter({ hasText: user.name })).toContainText("Contributor");

  const plainLead = await withoutScript(browser, lead);
  await plainLead.goto(projectPath);
  await plainLead.getByRole("group", { name: "Change the project's status" }).getByRole("button", { name: /mark active/ }).click();
  await expect(plainLead.getByRole("region", { name: "Status" })).toContainText("Active");
});

import { expect, type Browser, type Page } from "@playwright/test";
import { answerNextDialog, createGroup, fillProjectForm, joinGroup, newPerson, signIn, DEMO_PASSWORD, submitNewProject, test } from "./support";

// Journeys with three people: more than the default minute on a slow machine.
test.describe.configure({ timeout: 120_000 });

/** Lea's new group, the two people who joined it, and her active project in it. */
async function leadWithMembers(browser: Browser, names: [string, string], project: { name: string; goal: string }) {
  const lea = await newPerson(browser, "Lea");
  const members = [await newPerson(browser, names[0]), await newPerson(browser, names[1])] as const;
  const group = await createGroup(lea.page);
  for (const member of members) await joinGroup(member.page, group);
  await lea.page.goto(`/g/${group.slug}/projects/new`);
  await fillProjectForm(lea.page, { ...project, status: "Active" });
  const projectPath = await submitNewProject(lea.page, project.name);
  return { lea, members, projectPath };
}

async function joinProject(page: Page, projectPath: string, name: string) {
  await page.goto(projectPath);
  await page.getByRole("button", { name: `Join this project: ${name}` }).click();
  await expect(page.getByRole("button", { name: `Leave this project: ${name}` })).toBeVisible();
}

test("the lead removes a contributor after a confirmation, and hears when someone leaves", async ({ browser }) => {
  const { lea, members: [ben, cara], projectPath } = await leadWithMembers(browser, ["Ben", "Cara"], { name: "Repair café", goal: "A monthly repair café at the hall." });
  await joinProject(ben.page, projectPath, "Repair café");
  await joinProject(cara.page, projectPath, "Repair café");

  // Cara leaves: the lead is told.
  const leaving = answerNextDialog(cara.page, true);
  await cara.page.getByRole("button", { name: "Leave this project: Repair café" }).click();
  expect(await leaving).toMatch(/^Leave “Repair café”\?/);
  await expect(cara.page.getByRole("button", { name: "Join this project: Repair café" })).toBeVisible();
  await lea.page.goto("/notifications");
  await lea.page.getByRole("link", { name: `${cara.user.name} left Repair café.` }).click();
  await expect(lea.page).toHaveURL(new RegExp(`${projectPath}$`));

  // The lead removes Ben; changing her mind first keeps him.
  const contributors = lea.page.getByRole("list", { name: "Contributors" });
  const benRow = contributors.getByRole("listitem").filter({ hasText: ben.user.name });
  await expect(contributors.getByRole("listitem").filter({ hasText: lea.user.name }).getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  const dismissed = answerNextDialog(lea.page, false);
  await benRow.getByRole("button", { name: `Remove ${ben.user.name} from the project` }).click();
  expect(await dismissed).toBe(`Remove ${ben.user.name} from “Repair café”? They are told, and can join again while it is open.`);
  await expect(benRow).toBeVisible();
  const accepted = answerNextDialog(lea.page, true);
  await benRow.getByRole("button", { name: `Remove ${ben.user.name} from the project` }).click();
  await accepted;
  await expect(lea.page.getByRole("status").filter({ hasText: `${ben.user.name} was removed from the project and notified.` })).toBeFocused();
  await expect(benRow).toHaveCount(0);
  await expect(lea.page.getByRole("heading", { name: "Contributors (1)" })).toBeVisible();

  // Ben is told, and may join again.
  await ben.page.goto("/notifications");
  await ben.page.getByRole("link", { name: `${lea.user.name} removed you from Repair café.` }).click();
  await expect(ben.page.getByRole("button", { name: "Join this project: Repair café" })).toBeVisible();
});

test("adding someone to a project suggests members as their name is typed; a start several share is refused", async ({ browser }) => {
  const { lea, members: [grace, greta] } = await leadWithMembers(browser, ["Grace", "Greta"], { name: "Bee hotel", goal: "Build a bee hotel by the pond." });

  const person = lea.page.getByRole("combobox", { name: "Add a member of the group" });
  const contributors = lea.page.getByRole("list", { name: "Contributors" });
  // Both start with "Gr": both are suggested, and the server will not guess between them.
  await person.fill("Gr");
  await expect(lea.page.getByRole("listbox", { name: "People to choose" }).getByRole("option")).toHaveText([grace.user.name, greta.user.name]);
  await person.press("Escape");
  await lea.page.getByRole("button", { name: "Add to project" }).click();
  await expect(lea.page.getByText(`Several members' names start with “Gr”: ${grace.user.name} and ${greta.user.name}. Type more of the name, or use the email of the one you mean.`)).toBeVisible();
  await expect(person).toHaveValue("Gr");

  // "Grace" is one person: chosen from the list, her full name is written.
  await person.fill("Grace");
  const list = lea.page.getByRole("listbox", { name: "People to choose" });
  await expect(list.getByRole("option")).toHaveText([grace.user.name]);
  await person.press("Enter");
  await expect(person).toHaveValue(grace.user.name);
  await expect(list).toHaveCount(0);
  await lea.page.getByRole("button", { name: "Add to project" }).click();
  await expect(lea.page.getByRole("status").filter({ hasText: `${grace.user.name} was added as a contributor and notified.` })).toBeVisible();
  await expect(contributors.getByRole("listitem").filter({ hasText: grace.user.name })).toContainText("Contributor");

  // Typed without choosing, the start of one name is enough.
  await person.fill("greta");
  await lea.page.getByRole("button", { name: "Add to project" }).click();
  await expect(lea.page.getByRole("status").filter({ hasText: `${greta.user.name} was added as a contributor and notified.` })).toBeVisible();
  await expect(contributors.getByRole("listitem").filter({ hasText: greta.user.name })).toBeVisible();
});

test("the group's page lists its active projects that moved last, with a way to all of them", async ({ page }) => {
  await signIn(page, "amelie@toile.test", DEMO_PASSWORD);
  await page.goto("/g/city-gardeners");
  const aside = page.getByRole("region", { name: "Projects" });
  const projects = aside.getByRole("list", { name: "Active projects" }).getByRole("listitem");
  await expect(projects.first()).toBeVisible();
  expect(await projects.count()).toBeLessThanOrEqual(4);
  for (const item of await projects.all()) await expect(item).toContainText("Active, last moved");
  const first = projects.first().getByRole("link");
  const name = await first.textContent();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name!);
  await expect(page.getByRole("region", { name: "Status" })).toContainText("Active");
  await page.goBack();
  await aside.getByRole("link", { name: /^All projects/ }).click();
  await expect(page).toHaveURL(/\/g\/city-gardeners\/projects$/);
});

test("a new group's page says it has no active project, and its members may start one", async ({ browser }) => {
  const lea = await newPerson(browser, "Lea");
  const group = await createGroup(lea.page);
  const aside = lea.page.getByRole("region", { name: "Projects" });
  await expect(aside).toContainText("No active project.");
  await aside.getByRole("link", { name: "Start a project" }).click();
  await fillProjectForm(lea.page, { name: "Seed library", goal: "Swap seeds every spring.", status: "Active" });
  await submitNewProject(lea.page, "Seed library");
  await lea.page.goto(`/g/${group.slug}`);
  await expect(aside.getByRole("list", { name: "Active projects" }).getByRole("link")).toHaveText(["Seed library"]);
});

test("leaving the group warns the only lead of a project, and dismissing keeps them in", async ({ browser }) => {
  const { page: ownerPage } = await newPerson(browser, "Owner");
  const group = await createGroup(ownerPage);
  const { page } = await newPerson(browser, "Lena");
  await joinGroup(page, group);
  await page.goto(`/g/${group.slug}/projects/new`);
  const name = "Repair café rota";
  await fillProjectForm(page, { name, goal: "Staff the repair café every Saturday." });
  await submitNewProject(page, name);

  await page.goto(`/g/${group.slug}`);
  const leave = page.getByRole("button", { name: `Leave group: ${group.name}` });
  const [question] = await Promise.all([answerNextDialog(page, false), leave.click()]);
  expect(question).toContain(`Leave ${group.name}? You can join again later.`);
  expect(question).toContain(`You are the only lead of the project “${name}”: once you leave, nobody can run it until you rejoin.`);
  // Dismissed: still a member.
  await expect(leave).toBeVisible();
  await expect(page.getByText("You are a member")).toBeVisible();

  // The owner's own projects are nobody else's concern: someone who leads none is asked the plain question.
  const { page: other } = await newPerson(browser, "Omar");
  await joinGroup(other, group);
  const [plain] = await Promise.all([answerNextDialog(other, true), other.getByRole("button", { name: `Leave group: ${group.name}` }).click()]);
  expect(plain).toBe(`Leave ${group.name}? You can join again later.`);
  await expect(other.getByRole("button", { name: `Join group: ${group.name}` })).toBeVisible();
});

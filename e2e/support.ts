import { expect, test as base, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { withDatabase } from "@/lib/db-url";
import { adminDatabaseUrl, withClient } from "@/scripts/lib/test-db";

/**
 * Playwright's `test`, plus one automatic fixture: every browser context a journey opens with
 * `browser.newContext()` (a second person, a visitor) is closed when the journey ends. Playwright
 * closes only the contexts of its own `page`/`context` fixtures; the others stayed open for the
 * worker's whole life, each page still running its timers and recording a trace chunk for every
 * later test, so the suite slowed down as it went (CI took 30 minutes instead of 10).
 * Every journey imports `test` from here (eslint.config.mjs says so).
 */
export const test = base.extend<{ closeOpenedContexts: void; markupReactRejects: void }>({
  closeOpenedContexts: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use();
      await Promise.all(browser.contexts().filter((context) => !before.has(context)).map((context) => context.close()));
    },
    { auto: true },
  ],
  /**
   * A journey fails when React, in any of its browser contexts, found server markup it could not
   * hydrate: HTML the browser repairs (a form inside a paragraph), or a render that differs
   * between server and browser. React then renders the page again in the browser, so nothing
   * visible breaks and no other assertion would notice.
   */
  markupReactRejects: [
    // `run`, not `use`: React's lint rule would take Playwright's callback for its hook.
    async ({ browser, context }, run) => {
      const found: string[] = [];
      const watch = (watched: BrowserContext) => {
        watched.on("console", (message) => {
          if (message.type() === "error" && REACT_MARKUP_ERROR.test(message.text())) found.push(`${message.location().url}: ${message.text()}`);
        });
        watched.on("weberror", (error) => {
          if (REACT_MARKUP_ERROR.test(error.error().message)) found.push(`${error.page()?.url() ?? "?"}: ${error.error().message}`);
        });
      };
      watch(context);
      const newContext = browser.newContext;
      browser.newContext = async (...args) => {
        const opened = await newContext.apply(browser, args);
        watch(opened);
        return opened;
      };
      try {
        await run();
      } finally {
        browser.newContext = newContext;
      }
      expect(found, "React could not hydrate the server's markup").toEqual([]);
    },
    { auto: true },
  ],
});

/** React's production hydration errors (react.dev/errors/418, 423, 425) and their development wording. */
const REACT_MARKUP_ERROR = /Minified React error #(418|423|425)\b|Hydration failed|hydrated but some attributes|cannot be a descendant of|cannot contain a nested/;

export const PASSWORD = "correct horse battery staple";

export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export interface TestUser {
  name: string;
  email: string;
  password: string;
}

export function newUser(name = "Tester"): TestUser {
  const id = randomUUID().slice(0, 8);
  return { name: `${name} ${id}`, email: `${name.toLowerCase().replace(/\W+/g, "")}-${id}@example.test`, password: PASSWORD };
}

/** Signs up through the form; ends signed in on the home page. */
export async function signUp(page: Page, user: TestUser): Promise<void> {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Display name").fill(user.name);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("banner")).toContainText(`Signed in as ${user.name}`);
}

/** The demo accounts' password (README, Demo accounts): the suite runs on the demo data. */
export const DEMO_PASSWORD = "toile-demo";

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Said by the header at any width (on a phone, Sign out is in its menu).
  await expect(page.getByRole("banner")).toContainText("Signed in as");
}

export async function signOut(page: Page): Promise<void> {
  // On a phone, Sign out is in the header's menu.
  const menu = page.getByRole("banner").getByRole("button", { name: "Menu" });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** Creates a group through the form and lands on its page. */
export async function createGroup(page: Page, options: { name?: string; slug?: string; visibility?: "public" | "private" | "listed"; tags?: string } = {}): Promise<{ name: string; slug: string }> {
  const name = options.name ?? unique("Group");
  await page.goto("/groups/new");
  await page.getByLabel("Name").fill(name);
  if (options.slug) await page.getByLabel("Address").fill(options.slug);
  await page.getByLabel("Description").fill("A group for testing **things** together.");
  await page.getByLabel("Topic tags").fill(options.tags ?? "testing, e2e");
  if (options.visibility && options.visibility !== "public") await page.getByLabel("Who can see the group").selectOption(options.visibility);
  await page.getByRole("button", { name: "Create group" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  return { name, slug };
}

export async function startThread(page: Page, groupSlug: string, title: string, body: string): Promise<string> {
  await page.goto(`/g/${groupSlug}`);
  await page.getByRole("link", { name: "Start a thread" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Message").fill(body);
  await page.getByRole("button", { name: "Start thread" }).click();
  // The thread's title is the page's one h1 (the group's name above it is not a heading there).
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return new URL(page.url()).pathname;
}

/** The server's answer to the next server action (a POST) sent from the page at `pathname`. */
export function serverAnswer(page: Page, pathname: string) {
  return page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === pathname);
}

/**
 * Answers the next confirmation dialog (accepting or not) and returns what it asked; fails, at
 * this line, when none comes within the expect timeout (rather than hanging the journey).
 */
export async function answerNextDialog(page: Page, accept: boolean): Promise<string> {
  const dialog = await page.waitForEvent("dialog", { timeout: 10_000 });
  await (accept ? dialog.accept() : dialog.dismiss());
  return dialog.message();
}

/** The owner, on the Members page, makes `name` a moderator of the group. */
export async function appointModerator(ownerPage: Page, group: { slug: string }, name: string) {
  await ownerPage.goto(`/g/${group.slug}/members`);
  await ownerPage.getByLabel(`Role of ${name}`, { exact: true }).selectOption("moderator");
  await ownerPage.getByRole("button", { name: `Save role of ${name}` }).click();
  await expect(ownerPage.getByRole("row").filter({ hasText: name }).getByRole("status")).toHaveText("Role updated.");
}

// --- Projects (issue 6) -------------------------------------------------------------------

export interface ProjectFormInput {
  name: string;
  goal: string;
  status?: "Proposed" | "Active";
  repository?: string;
  document?: string;
  site?: string;
}

/** Fills the project form on the current page (new or edit); does not submit. */
export async function fillProjectForm(page: Page, input: ProjectFormInput): Promise<void> {
  await page.getByLabel("Name", { exact: true }).fill(input.name);
  await page.getByLabel("Goal", { exact: true }).fill(input.goal);
  if (input.status) await page.getByRole("radio", { name: new RegExp(`^${input.status}`) }).check();
  if (input.repository !== undefined) await page.getByLabel("Repository link").fill(input.repository);
  if (input.document !== undefined) await page.getByLabel("Document link").fill(input.document);
  if (input.site !== undefined) await page.getByLabel("Website link").fill(input.site);
}

/** Submits the filled new-project form and waits for the project page; returns its path. */
export async function submitNewProject(page: Page, name: string): Promise<string> {
  await page.getByRole("button", { name: "Start project" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  expect(new URL(page.url()).pathname).toMatch(/^\/g\/[^/]+\/projects\/\d+$/);
  return new URL(page.url()).pathname;
}

// --- Meetups (issue 5) --------------------------------------------------------------------

/** A new person with their own browser (optionally in another time zone), signed up. */
export async function newPerson(browser: Browser, name: string, options: { timezoneId?: string } = {}): Promise<{ page: Page; user: TestUser }> {
  const page = await (await browser.newContext(options)).newPage();
  const user = newUser(name);
  await signUp(page, user);
  return { page, user };
}

/** Joins a public group from its page. */
export async function joinGroup(page: Page, group: { name: string; slug: string }): Promise<void> {
  await page.goto(`/g/${group.slug}`);
  await page.getByRole("button", { name: `Join group: ${group.name}` }).click();
  await expect(page.getByText("You are a member")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "You joined the group." })).toBeVisible();
}

/** How Toile writes an instant in a zone, without the zone's abbreviation ("Sat 14 Mar 2026, 18:30"). */
export function wallClockLabel(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}`;
}

/** The `datetime-local` value of an instant's wall-clock time in an IANA zone ("2026-03-14T18:30"). */
export function wallClock(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

export interface MeetupFormInput {
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone?: string;
  venueName?: string;
  capacity?: string;
  description?: string;
}

/** Fills the schedule/edit meetup form on the current page; does not submit. */
export async function fillMeetupForm(page: Page, input: MeetupFormInput): Promise<void> {
  const timeZone = input.timeZone ?? "Europe/Paris";
  await page.getByLabel("Title", { exact: true }).fill(input.title);
  if (input.description !== undefined) await page.getByLabel("Description").fill(input.description);
  await page.getByLabel("Time zone").selectOption(timeZone);
  await page.getByLabel("Starts").fill(wallClock(input.startsAt, timeZone));
  await page.getByLabel("Ends").fill(wallClock(input.endsAt, timeZone));
  if (input.venueName !== undefined) await page.getByLabel("Venue name").fill(input.venueName);
  if (input.capacity !== undefined) await page.getByLabel("Capacity").fill(input.capacity);
}

/**
 * The app server's database (named by playwright.config.ts; `DATABASE_URL` when running
 * against your own dev server), for what a browser cannot do quickly: let time pass, or give
 * a group a long history.
 */
function appDatabaseUrl(): string {
  const name = process.env.E2E_DATABASE_NAME;
  if (!name || process.env.E2E_BASE_URL) {
    if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to the dev server's database to run this journey against it.");
    return process.env.DATABASE_URL;
  }
  return withDatabase(adminDatabaseUrl(), name);
}

function withAppDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(appDatabaseUrl(), work);
}

/**
 * Gives a group `count` newer threads (titled "Weekly check-in #n", each with an opening post by
 * the group's owner), as if it had been busy for months: its older threads drop out of the
 * "most recent" lists that forms start with.
 */
export async function groupHasNewerThreads(groupSlug: string, count: number): Promise<void> {
  await withAppDatabase(async (client) => {
    const { rowCount } = await client.query(
      `WITH owner AS (
         SELECT g.id AS "groupId", m."userId" FROM "Group" g JOIN "Membership" m ON m."groupId" = g.id AND m.role = 'owner' WHERE g.slug = $1 LIMIT 1
       ), threads AS (
         INSERT INTO "Thread" ("groupId", "authorId", title, slug, "createdAt", "lastActivityAt")
         SELECT "groupId", "userId", 'Weekly check-in #' || n, 'weekly-check-in-' || n, (now() AT TIME ZONE 'UTC') + make_interval(secs => n), (now() AT TIME ZONE 'UTC') + make_interval(secs => n)
         FROM owner, generate_series(1, $2::int) AS n
         RETURNING id, "authorId", "createdAt"
       )
       INSERT INTO "Post" ("threadId", "authorId", body, html, "createdAt")
       SELECT id, "authorId", 'What did everyone get done this week?', '<p>What did everyone get done this week?</p>', "createdAt" FROM threads`,
      [groupSlug, count],
    );
    expect(rowCount, `threads added to ${groupSlug}`).toBe(count);
  });
}

/**
 * Gives a thread `count` more answers to its opening post — or to the post `to` — ("<label> #n",
 * oldest first, by the thread's author, a minute apart and before now), as a long-running
 * conversation would have.
 */
export async function threadHasAnswers(threadPath: string, count: number, options: { to?: number; label?: string } = {}): Promise<void> {
  const threadId = Number(threadPath.match(/\/t\/(\d+)/)![1]);
  const label = options.label ?? "Answer";
  await withAppDatabase(async (client) => {
    const { rowCount } = await client.query(
      `INSERT INTO "Post" ("threadId", "authorId", "parentId", body, html, "createdAt")
       SELECT o."threadId", o."authorId", COALESCE($3::int, o.id), $4 || ' #' || n, '<p>' || $4 || ' #' || n || '</p>', (now() AT TIME ZONE 'UTC') - make_interval(mins => $2::int + 1 - n)
       FROM "Post" o, generate_series(1, $2::int) AS n WHERE o."threadId" = $1 AND o."parentId" IS NULL`,
      [threadId, count, options.to ?? null, label],
    );
    expect(rowCount, `answers added to thread ${threadId}`).toBe(count);
  });
}

/**
 * Simulates the clock reaching a meetup: moves its start (and end, keeping the length) to
 * `minutesAgo` minutes ago, as if the journey had waited until the day of the meetup.
 */
export async function meetupHasStarted(meetupPath: string, minutesAgo = 10): Promise<void> {
  const id = Number(meetupPath.split("/").at(-1));
  await withAppDatabase(async (client) => {
    const { rowCount } = await client.query(
      `UPDATE "Meetup" SET "endsAt" = (now() AT TIME ZONE 'UTC') - make_interval(mins => $2) + ("endsAt" - "startsAt"), "startsAt" = (now() AT TIME ZONE 'UTC') - make_interval(mins => $2) WHERE id = $1`,
      [id, minutesAgo],
    );
    expect(rowCount, `meetup ${id} exists`).toBe(1);
  });
}

/**
 * Gives a group `count` more active members, "<prefix> Member 001" … with emails
 * "<prefix>-member-001@example.test" (lower-cased prefix), as a large group has: more than the
 * check-in sheet lists (WALK_IN_LIST_MAX), so walk-ins are typed. They cannot sign in.
 */
export async function groupHasMoreMembers(groupSlug: string, count: number, prefix: string): Promise<{ name: (n: number) => string; email: (n: number) => string }> {
  const name = (n: number) => `${prefix} Member ${String(n).padStart(3, "0")}`;
  const email = (n: number) => `${prefix.toLowerCase()}-member-${String(n).padStart(3, "0")}@example.test`;
  await withAppDatabase(async (client) => {
    const { rowCount } = await client.query(
      `WITH people AS (
         INSERT INTO "User" (id, email, name, "passwordHash")
         SELECT 'e2e-' || gen_random_uuid(), lower($2) || '-member-' || lpad(n::text, 3, '0') || '@example.test', $2 || ' Member ' || lpad(n::text, 3, '0'), 'not-a-password-hash'
         FROM generate_series(1, $3::int) AS n
         RETURNING id
       )
       INSERT INTO "Membership" ("groupId", "userId") SELECT g.id, people.id FROM "Group" g, people WHERE g.slug = $1`,
      [groupSlug, prefix, count],
    );
    expect(rowCount, `members added to ${groupSlug}`).toBe(count);
  });
  return { name, email };
}

/**
 * Gives a group the health report of a quiet group on thin evidence (dormant, provisional), as
 * the recompute job would within minutes, and optionally an older creation date (its members
 * joined then).
 */
export async function groupScoredDormant(groupSlug: string, options: { createdDaysAgo?: number } = {}): Promise<void> {
  await withAppDatabase(async (client) => {
    await client.query("BEGIN");
    // The creation date first, then the report: a recompute the group's creation queued is
    // overwritten: no stored evidence, so the dashboard computes its report from the dated group.
    if (options.createdDaysAgo !== undefined) {
      await client.query(`UPDATE "Group" SET "createdAt" = (now() AT TIME ZONE 'UTC') - make_interval(days => $2) WHERE slug = $1`, [groupSlug, options.createdDaysAgo]);
      // Its members (the founder) joined when it was created, not today.
      await client.query(`UPDATE "Membership" m SET "joinedAt" = g."createdAt" FROM "Group" g WHERE g.id = m."groupId" AND g.slug = $1 AND m."joinedAt" > g."createdAt"`, [groupSlug]);
    }
    const { rowCount } = await client.query(
      `INSERT INTO "GroupHealth" ("groupId", "computedAt", overall, band, provisional, activity, richness, meetups, projects, report)
       SELECT id, now(), 10, 'dormant', true, 10, 0, 0, 0, '{}'::jsonb FROM "Group" WHERE slug = $1
       ON CONFLICT ("groupId") DO UPDATE SET "computedAt" = now(), band = 'dormant', provisional = true, overall = 10, activity = 10, richness = 0, meetups = 0, projects = 0, report = '{}'::jsonb, evidence = NULL, "dirtySince" = NULL`,
      [groupSlug],
    );
    await client.query("COMMIT");
    expect(rowCount, `group ${groupSlug} exists`).toBe(1);
  });
}

/**
 * Gives a group `count` people its moderators removed just now (accounts named "Spam account
 * n"), as a group that fought off a wave of spam accounts: anyone removed before them drops off
 * the first page of the Removed list.
 */
export async function groupRemovedSpamAccounts(groupSlug: string, count: number): Promise<void> {
  const batch = randomUUID().slice(0, 8);
  await withAppDatabase(async (client) => {
    const { rowCount } = await client.query(
      `WITH accounts AS (
         INSERT INTO "User" (id, email, name, "passwordHash")
         SELECT 'spam-' || $3 || '-' || n, 'spam-' || $3 || '-' || n || '@example.test', 'Spam account ' || n, 'not a password hash'
         FROM generate_series(1, $2::int) AS n
         RETURNING id
       )
       INSERT INTO "Membership" ("groupId", "userId", status, "removedAt")
       SELECT g.id, accounts.id, 'banned', now() AT TIME ZONE 'UTC' FROM "Group" g, accounts WHERE g.slug = $1`,
      [groupSlug, count, batch],
    );
    expect(rowCount, `spam accounts removed from ${groupSlug}`).toBe(count);
  });
}

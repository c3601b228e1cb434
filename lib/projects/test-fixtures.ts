/**
 * Data-test fixtures for projects, made through the real mutations (see test/fixtures.ts).
 */
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { expect } from "vitest";
import { createProject } from "./mutations";
import type { CreateProjectInput } from "./schema";

export async function makeProject(leadId: string, groupId: string, overrides: Partial<CreateProjectInput> = {}) {
  return createProject(leadId, groupId, {
    name: "Shared compost bays",
    goal: "Build **three** compost bays at the plot.",
    status: "active",
    links: [],
    ...overrides,
  });
}

/** Awaits a promise that must fail with an AppError of `code` (and a message matching `message`). */
export async function expectAppError(promise: Promise<unknown>, code: AppError["code"], message?: RegExp): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect((error as AppError).message).toMatch(message);
  return error as AppError;
}

/** A person's role on a project, or null when they are not on it. */
export async function roleOf(projectId: number, userId: string) {
  return (await db.projectMember.findUnique({ where: { projectId_userId: { projectId, userId } }, select: { role: true } }))?.role ?? null;
}

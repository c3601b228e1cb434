import type { TestProject } from "vitest/node";
import { createMigratedDatabase, dropDatabase, dropStaleTestDatabases } from "@/scripts/lib/test-db";

/**
 * Data tests: one migrated template database per run; each test file copies it
 * (CREATE DATABASE … TEMPLATE, ~100 ms) so files never see each other's rows.
 */
export default async function setup(project: TestProject) {
  await dropStaleTestDatabases();
  const template = await createMigratedDatabase("tpl");
  project.provide("templateDatabase", template.name);
  return async () => {
    await dropDatabase(template.name);
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

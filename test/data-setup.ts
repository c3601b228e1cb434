import { afterAll, beforeAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db";
import { stopJobSender } from "@/lib/jobs/queue";
import { createDatabase, dropDatabase, testDatabaseName } from "@/scripts/lib/test-db";

/** Runs before every data test file: a private copy of the migrated template database. */
const name = testDatabaseName("test");

beforeAll(async () => {
  process.env.DATABASE_URL = await createDatabase(name, inject("templateDatabase"));
  process.env.TOILE_RATE_LIMITS ??= "off";
  process.env.NEXTAUTH_SECRET ??= "data-test-secret";
});

afterAll(async () => {
  await stopJobSender();
  await disconnectDb();
  await dropDatabase(name);
});

/**
 * Imported first by the maintenance scripts: without DATABASE_URL, they work on the embedded
 * database `npm start` is serving (scripts/lib/data-dir.ts), or say what is missing and stop,
 * rather than fail on the environment's check with a stack trace.
 */
import { NO_DATABASE, servingUrl } from "./data-dir";

if (!process.env.DATABASE_URL) {
  const url = servingUrl();
  if (!url) {
    console.error(NO_DATABASE);
    process.exit(1);
  }
  process.env.DATABASE_URL = url;
}

/**
 * `npm run admin -- grant someone@example.com` (or `revoke`): makes a user a site admin, who
 * sees every group's health and may appoint moderators and organizers in any group.
 */
import { setSiteAdmin } from "@/lib/auth/mutations";
import { disconnectDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";

const [command, email] = process.argv.slice(2);
if ((command !== "grant" && command !== "revoke") || !email) {
  console.error("Usage: npm run admin -- grant|revoke <email>");
  process.exit(2);
}
try {
  await setSiteAdmin(email, command === "grant");
  console.log(`${email} is ${command === "grant" ? "now" : "no longer"} a site admin.`);
} catch (error) {
  if (!isAppError(error)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}

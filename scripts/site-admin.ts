/**
 * `npm run admin -- grant someone@example.com` (or `revoke`): makes a user a site admin, who
 * sees every group's health and may appoint moderators and organizers in any group.
 * `npm run admin -- reset-password someone@example.com`: gives someone who forgot their password
 * a new random one (printed, to hand over) and signs them out everywhere.
 */
import "./lib/use-running-database";
import { resetPassword, setSiteAdmin } from "@/lib/auth/mutations";
import { disconnectDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";

const [command, email] = process.argv.slice(2);
if ((command !== "grant" && command !== "revoke" && command !== "reset-password") || !email) {
  console.error("Usage: npm run admin -- grant|revoke|reset-password <email>");
  process.exit(2);
}
try {
  if (command === "reset-password") {
    const password = await resetPassword(email);
    console.log(`${email} can now sign in with: ${password}\nTheir other sessions are signed out. Ask them to choose a new password under Account.`);
  } else {
    await setSiteAdmin(email, command === "grant");
    console.log(`${email} is ${command === "grant" ? "now" : "no longer"} a site admin.`);
  }
} catch (error) {
  if (!isAppError(error)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await disconnectDb();
}

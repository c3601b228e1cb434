import { refresh } from "next/cache";
import { EditConflictError } from "@/lib/edit-version";
import { AppError, type AppErrorCode } from "@/lib/errors";

/**
 * A change refused because the page was out of date (another tab, another person) refreshes the
 * page, so it shows things as they are now beside the message that explains; the refusal is
 * then reported as usual. `which`: only refusals of that code, or that the test accepts (a form
 * refused as CONFLICT, an edit version behind, lib/edit-version.ts, gets the current version
 * while keeping what was typed).
 * Server actions only. Not for a form whose typed text would go with the refreshed page (a reply
 * to a thread deleted meanwhile, whose page is now a 404): that one keeps its text and message.
 */
export async function refreshWhenRefused<T>(change: Promise<T>, which?: AppErrorCode | ((error: AppError) => boolean)): Promise<T> {
  try {
    return await change;
  } catch (error) {
    if (error instanceof AppError && (which === undefined || (typeof which === "function" ? which(error) : error.code === which))) refresh();
    throw error;
  }
}

/**
 * Refreshes the page once the change is made, and when it is refused (`refreshWhenRefused`): for
 * an act whose page shows its outcome either way (a member's row, a request, a project's status).
 */
export async function refreshAfter<T>(change: Promise<T>): Promise<T> {
  const done = await refreshWhenRefused(change);
  refresh();
  return done;
}

/**
 * Refreshes the page for an edit version behind only (decision 045): the form gets the current
 * version and keeps what was typed. Other refusals of an edit (the post deleted, the project
 * archived or the meetup cancelled meanwhile) keep the page, so the form with its text and
 * message stays, rather than the refreshed page replacing the form by a notice.
 */
export function refreshOnEditConflict<T>(change: Promise<T>): Promise<T> {
  return refreshWhenRefused(change, (error) => error instanceof EditConflictError);
}

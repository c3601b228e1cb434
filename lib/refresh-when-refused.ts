import { refresh } from "next/cache";
import { EditConflictError } from "@/lib/edit-version";
import { AppError, type AppErrorCode } from "@/lib/errors";

/**
 * A change refused because the page was out of date (another tab, another person) refreshes the
 * page, so it shows things as they are now beside the message that explains; the refusal is
 * then reported as usual. `code`: only refusals of that kind (a form refused as CONFLICT, an edit
 * version behind, lib/edit-version.ts, gets the current version while keeping what was typed).
 * Server actions only. Not for a form whose typed text would go with the refreshed page (a reply
 * to a thread deleted meanwhile, whose page is now a 404): that one keeps its text and message.
 */
export async function refreshWhenRefused<T>(change: Promise<T>, code?: AppErrorCode): Promise<T> {
  try {
    return await change;
  } catch (error) {
    if (error instanceof AppError && (code === undefined || error.code === code)) refresh();
    throw error;
  }
}

/** `refreshWhenRefused` for a save from an outdated form (decision 045). */
export function refreshOnConflict<T>(change: Promise<T>): Promise<T> {
  return refreshWhenRefused(change, "CONFLICT");
}

/**
 * Refreshes the page for an edit version behind only (decision 045): other refusals of an edit
 * (the post deleted meanwhile) keep the page, so the form with its text and message stays.
 */
export async function refreshOnEditConflict<T>(change: Promise<T>): Promise<T> {
  try {
    return await change;
  } catch (error) {
    if (error instanceof EditConflictError) refresh();
    throw error;
  }
}

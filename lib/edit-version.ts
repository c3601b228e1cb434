/**
 * Edit versions: a form that edits a record (a group's settings, a project's details) carries,
 * in a hidden `version` field, the record's version as the form was shown. The mutation compares
 * it with the stored one under the record's row lock and bumps it on save, so a save from a form
 * older than the record is refused, rather than silently undoing what someone else saved
 * meanwhile (GitHub refuses an issue edit the same way). The action then refreshes the page
 * (`refreshOnEditConflict`, lib/refresh-when-refused.ts): the form keeps what was typed, its hidden
 * version is now the current one, and saving again replaces the other person's changes knowingly.
 */
import { z } from "zod";
import { AppError } from "@/lib/errors";

export const editVersionField = z.coerce.number().int().min(0).max(2_147_483_647);

/**
 * Why a save from an outdated form is refused, and the two ways on. `shown`: the refreshed page
 * shows the record as saved now beside the form (a post above its Edit box), so there is nothing
 * to reload for, which would only lose what was typed.
 */
export function editConflictMessage(what: string, shown = false): string {
  const ways = shown ? `It shows as saved now: save again to replace it with yours.` : `Save again to replace those changes with yours, or reload the page to see them first.`;
  return `Someone else (or you, in another tab) saved ${what} since you opened this page, so your changes were not saved. ${ways}`;
}

/** A save refused because its form showed an older version: the one refusal that refreshes an edit form's page. */
export class EditConflictError extends AppError {
  constructor(message: string) {
    super("CONFLICT", message);
  }
}

/** Refuses, as CONFLICT, a save made from a form that showed version `seen` of a record now at `current`. */
export function requireVersion(current: number, seen: number, what: string, options: { shown?: boolean } = {}): void {
  if (current !== seen) throw new EditConflictError(editConflictMessage(what, options.shown));
}

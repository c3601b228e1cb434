import { refresh } from "next/cache";
import { AppError } from "@/lib/errors";

/**
 * A save refused because the page was out of date (an edit version behind, lib/edit-version.ts)
 * refreshes the page, so its form gets the record's current version beside the typed text and
 * the message that explains; the refusal is then reported as usual. Server actions only.
 */
export async function refreshOnConflict<T>(change: Promise<T>): Promise<T> {
  try {
    return await change;
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") refresh();
    throw error;
  }
}

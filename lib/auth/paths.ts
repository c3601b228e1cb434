import { NOTICES_HEADING_ID } from "@/lib/notifications/preferences";

/**
 * Where a signed-out visitor is sent, and how they come back. The whole address counts, query
 * string included: someone who opened "/health?view=declines&band=dormant" lands on that view
 * after signing in, not on the overview's default. The sign-in page checks the destination
 * (`safeCallbackUrl`: same-site paths only) before following it.
 */

/** A page's query as Next.js hands it over (`searchParams`). */
export type PageSearchParams = Record<string, string | string[] | undefined>;

/** The sign-in page, leading back to `returnTo` (a path, with its query string) afterwards. */
export function signInPath(returnTo: string): string {
  return `/login?callbackUrl=${encodeURIComponent(returnTo)}`;
}

/** The sign-up page, leading back to `returnTo` afterwards (offered from the sign-in page). */
export function signUpPath(returnTo: string | undefined): string {
  return returnTo ? `/signup?callbackUrl=${encodeURIComponent(returnTo)}` : "/signup";
}

/** A page's own address rebuilt from its path and `searchParams`, repeated parameters included. */
export function pathWithQuery(path: string, searchParams: PageSearchParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    for (const one of typeof value === "string" ? [value] : (value ?? [])) query.append(key, one);
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** One's own account: name, profile, password. */
export const ACCOUNT_PATH = "/me/settings";

/** The Account page's Notices section: which optional notices one gets (decision 031). */
export const NOTICE_PREFERENCES_PATH = `${ACCOUNT_PATH}#${NOTICES_HEADING_ID}`;

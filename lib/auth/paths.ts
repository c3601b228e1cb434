/** The sign-in page, which brings the person back to `callbackUrl` (a same-site path) afterwards. */
export function signInPath(callbackUrl: string): string {
  return `/login?callbackUrl=${encodeURIComponent(callbackUrl)}`;
}

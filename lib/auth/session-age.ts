/**
 * A session signed in before the password last changed is over: whoever changes their password
 * (or has it reset) signs out every other browser, as on Discourse and GitHub. `signedInAt` is in
 * milliseconds since the epoch, 0 for a session from before it was recorded.
 */
export function sessionOutdated(signedInAt: number, passwordChangedAt: Date | null): boolean {
  return passwordChangedAt !== null && signedInAt < passwordChangedAt.getTime();
}

import { countFailure, isMarked, markRateLimitKey, rateLimitRefusal, resetRateLimit } from "@/lib/rate-limit";

/**
 * A password checked under the sign-in limits (decision 040), for signing in and for changing
 * one's password: failures are counted, never attempts, so a right password from an address that
 * is not blocked always works, and nobody can lock an account's owner out from elsewhere.
 *
 * - per account and address (`signInFailures`): 10 wrong passwords in 15 minutes, then that
 *   address waits; the owner's own address is another key;
 * - per address (`signInAddress`): 50 wrong passwords an hour, whatever the accounts (spraying);
 * - per account (`signInAccount`): 100 wrong passwords an hour from any addresses, after which
 *   only the addresses it signed in from in the last 30 days (`signInKnown`) may try.
 *
 * A refused attempt does not check the password, so its answer tells nothing. Unknown emails
 * count the same as accounts, so the limits do not reveal who has one. Returns whether the
 * password was right; throws the refusal (RATE_LIMITED) when a limit is reached.
 */
export async function checkPasswordUnderLimits(email: string, address: string, verify: () => Promise<boolean>): Promise<boolean> {
  const here = `${email} ${address}`;
  const refusal = (await rateLimitRefusal("signInFailures", here)) ?? (await rateLimitRefusal("signInAddress", address)) ?? (await accountRefusal(email, here));
  if (refusal) throw refusal;
  if (await verify()) {
    await resetRateLimit("signInFailures", here);
    await markRateLimitKey("signInKnown", here);
    return true;
  }
  await Promise.all([countFailure("signInFailures", here), countFailure("signInAddress", address), countFailure("signInAccount", email)]);
  return false;
}

/** The account-wide limit holds only for addresses the account has not signed in from lately. */
async function accountRefusal(email: string, here: string) {
  const refusal = await rateLimitRefusal("signInAccount", email);
  return refusal && !(await isMarked("signInKnown", here)) ? refusal : null;
}

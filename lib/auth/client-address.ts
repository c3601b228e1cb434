import { consumeRateLimit } from "@/lib/rate-limit";

/**
 * The address a request came from, as far as this deployment can trust `X-Forwarded-For`.
 *
 * Next.js fills the header with the socket's address only when the client sent none, so its
 * entries are the client's own words except those appended by our reverse proxies. With
 * `trustedHops` proxies in front (`TOILE_PROXY_HOPS`), the entry the outermost one appended is
 * the real peer: the `trustedHops`-th from the right. With none, the last entry is the socket
 * address unless the client forged the header, which is why sign-ups also have a site-wide limit
 * and sign-ins an account-wide one. Route handlers and server actions cannot see the socket, so a
 * deployment without a proxy cannot do better (decision 040).
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedHops: number): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return "unknown";
  const hops = Number.isInteger(trustedHops) && trustedHops > 0 ? trustedHops : 1;
  // Fewer entries than proxies: the header did not pass through all of them; the leftmost is
  // the best we have.
  return entries[Math.max(0, entries.length - hops)]!;
}

/** `TOILE_PROXY_HOPS`: how many reverse proxies in front of the app append to X-Forwarded-For. */
export function trustedProxyHops(value = process.env.TOILE_PROXY_HOPS): number {
  const hops = Number(value ?? 0);
  return Number.isInteger(hops) && hops >= 0 ? hops : 0;
}

/** The client address of a request with this `X-Forwarded-For`, given the deployment's proxies. */
export function requestAddress(forwardedFor: string | null | undefined): string {
  return clientAddress(forwardedFor, trustedProxyHops());
}

/**
 * Sign-ups are limited per client address and, since a client without a proxy in front can
 * forge its address, for the whole site too. Spent only by a sign-up that would create an
 * account (or finds its email taken): a typo or a weak password costs nothing (decision 040).
 */
export async function limitSignUp(address: string): Promise<void> {
  await consumeRateLimit("signUp", address);
  await consumeRateLimit("signUpSite", "site");
}

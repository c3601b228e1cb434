/**
 * What the proxy does with an address before any route sees it (see proxy.ts). Pure, so it is
 * unit-tested without a server.
 *
 * - A path with a malformed %-escape ("/g/x/t/%zz") cannot be decoded into route parameters,
 *   and one with an escaped NUL ("/g/%00") would reach PostgreSQL, which cannot store U+0000:
 *   both name nothing, so they get the app's 404 page ("not-found").
 * - A group address typed in capitals ("/g/City-Gardeners/…") is sent to its lower-case form
 *   (group slugs are lower case), as people type or paste names.
 * - A number in a group's address written with leading zeros ("/g/x/meetups/017") is sent to its
 *   one address ("/g/x/meetups/17"): a thing has one URL, as threads and posts already have
 *   (their pages redirect any other spelling).
 * - A query with a NUL ("/groups?q=%00abc") is sent, for GET and HEAD, to the same address
 *   without it ("redirect"): the search still works, and no route passes a NUL to the database.
 *   Any other method (a POST to a page renders it, reading its query) gets the 404 page: no
 *   form posts to such an address, and a redirect would send the body again.
 */
export type AddressDecision = { kind: "pass" } | { kind: "not-found" } | { kind: "redirect"; to: string };

export function decideAddress(url: URL, method: string): AddressDecision {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { kind: "not-found" };
  }
  if (path.includes("\u0000")) return { kind: "not-found" };
  const nulInQuery = /%00|\u0000/i.test(url.search);
  if (method !== "GET" && method !== "HEAD") return nulInQuery ? { kind: "not-found" } : { kind: "pass" };

  const target = new URL(url);
  const slug = /^\/g\/([^/]+)/.exec(url.pathname)?.[1];
  if (slug && slug !== slug.toLowerCase()) target.pathname = `/g/${slug.toLowerCase()}${url.pathname.slice(3 + slug.length)}`;
  if (slug) {
    // After the slug only: a group's own address may be digits ("/g/0123").
    const rest = target.pathname.slice(3 + slug.length);
    target.pathname = `/g/${slug.toLowerCase()}${rest.replace(/(?<=\/)0+(?=\d+(?:\/|$))/g, "")}`;
  }
  if (nulInQuery) {
    target.search = "";
    for (const [key, value] of url.searchParams) target.searchParams.append(key.replaceAll("\u0000", ""), value.replaceAll("\u0000", ""));
  }
  return target.href === url.href ? { kind: "pass" } : { kind: "redirect", to: target.href };
}

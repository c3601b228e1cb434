import { NextResponse, type NextRequest } from "next/server";
import { decideAddress } from "@/lib/addresses";

/**
 * Addresses no route can answer safely (a malformed %-escape, which `next start` would answer
 * with a 500; an escaped NUL, which PostgreSQL cannot store) get the app's 404 page like any
 * other address that exists nowhere; a NUL in a query is dropped by a redirect (GET, HEAD) or
 * answered with the 404 page (any other method).
 */
export function proxy(request: NextRequest) {
  const decision = decideAddress(request.nextUrl, request.method);
  // No route has this path: Next.js renders app/not-found.tsx with a 404 status.
  if (decision.kind === "not-found") return NextResponse.rewrite(new URL("/_malformed-address", request.url));
  if (decision.kind === "redirect") return NextResponse.redirect(decision.to, 307);
  return NextResponse.next();
}

export const config = {
  // Pages only: not Next.js's own assets.
  matcher: "/((?!_next/static|_next/image|favicon.ico).*)",
};

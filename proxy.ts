import { NextResponse, type NextRequest } from "next/server";

/**
 * An address with a malformed %-escape ("/g/x/t/1-100%", "/g/x/t/%zz") cannot be decoded into
 * route parameters, and `next start` answers it with a 500. It is simply an address that
 * exists nowhere, so it gets the app's 404 page like any other.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    // No route has this path: Next.js renders app/not-found.tsx with a 404 status.
    return NextResponse.rewrite(new URL("/_malformed-address", request.url));
  }
}

export const config = {
  // Pages only: not Next.js's own assets.
  matcher: "/((?!_next/static|_next/image|favicon.ico).*)",
};

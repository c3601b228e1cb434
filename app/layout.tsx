import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { loadHeaderCounts, PersonalLinks } from "@/components/notifications/header-links";
import { NotificationsLink } from "@/components/notifications/notifications-link";
import { HeaderMenu } from "@/components/ui/header-menu";
import { PersonLink } from "@/components/users/avatar";
import { getViewer } from "@/lib/auth/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Toile — discussion groups that stay alive", template: "%s · Toile" },
  description: "Topic-focused groups with threaded discussions, offline meetups and collaborative projects.",
};

const LINK = "text-stone-700 hover:text-stone-950";
const MENU_LINK = "block rounded-md px-2 py-1.5 text-stone-800 hover:bg-stone-100";

/** The site's own links, in the wide header or the phone's menu. */
function SiteLinks({ signedIn, className }: { signedIn: boolean; className: string }) {
  return (
    <>
      <Link href="/groups" className={className}>
        Groups
      </Link>
      {signedIn && (
        <Link href="/groups/new" className={className}>
          New group
        </Link>
      )}
      <Link href="/search" className={className}>
        Search
      </Link>
    </>
  );
}

/**
 * The site header. Signed in, on a wide screen: the site's links, the person's, and who is signed
 * in, on one row or two. On a phone or a narrow window (below `md`), one row: Toile, Notifications and "Menu", which
 * holds the rest (decision 038); signed out, the few links fit as they are.
 */
async function Header() {
  const viewer = await getViewer();
  const counts = viewer ? await loadHeaderCounts(viewer) : null;
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight text-brand-800">
          Toile
        </Link>
        <nav aria-label="Main" className={`${counts ? "hidden md:flex" : "flex"} flex-wrap items-center gap-x-3.5 gap-y-1 text-sm`}>
          <SiteLinks signedIn={viewer !== null} className={LINK} />
          {counts && (
            <>
              <PersonalLinks runsGroups={counts.runsGroups} className={LINK} />
              <NotificationsLink unread={counts.unread} />
            </>
          )}
        </nav>
        <div className={`ml-auto ${counts ? "hidden md:flex" : "flex"} items-center gap-2 text-sm`}>
          {viewer ? (
            <>
              <span className="text-stone-600">
                {/* Said, not shown: the name beside Account and Sign out says it, and the header
                    keeps to one row on a laptop. */}
                <span className="sr-only">Signed in as </span>
                {/* With their letter avatar, as beside their posts (decision 030). */}
                <PersonLink user={viewer} className="font-medium text-stone-900 wrap-anywhere" />
              </span>
              <Link href="/me/settings" className="whitespace-nowrap rounded-md px-2 py-1.5 text-stone-700 hover:bg-stone-100">
                Account
              </Link>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/login" className="rounded-md px-3 py-1.5 text-stone-700 hover:bg-stone-100">
                Sign in
              </Link>
              <Link href="/signup" className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
                Sign up
              </Link>
            </>
          )}
        </div>
        {viewer && counts && (
          <div className="ml-auto flex items-center gap-3 text-sm md:hidden">
            <NotificationsLink unread={counts.unread} />
            <HeaderMenu label="Menu">
              <nav aria-label="Main" className="space-y-0.5 border-b border-stone-200 pb-2">
                <SiteLinks signedIn className={MENU_LINK} />
                <PersonalLinks runsGroups={counts.runsGroups} className={MENU_LINK} />
              </nav>
              <div className="space-y-1">
                <p className="px-2 text-stone-600">
                  <span className="sr-only">Signed in as </span>
                  <PersonLink user={viewer} className="font-medium text-stone-900 wrap-anywhere" />
                </p>
                <Link href="/me/settings" className={MENU_LINK}>
                  Account
                </Link>
                <SignOutButton className="px-2" />
              </div>
            </HeaderMenu>
          </div>
        )}
      </div>
    </header>
  );
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <Header />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
          {children}
        </main>
        <footer className="border-t border-stone-200 py-6 text-center text-xs text-stone-500">
          Toile — groups where members listen, share, meet and build together.
        </footer>
      </body>
    </html>
  );
}

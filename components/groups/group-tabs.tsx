"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { revealFocused } from "@/components/ui/sideways-scroll";

export interface GroupTab {
  href: string;
  label: string;
  /** Also current on sub-pages (e.g. a thread is part of Discussions). */
  prefixes?: string[];
}

export function GroupTabs({ tabs }: { tabs: GroupTab[] }) {
  const pathname = usePathname();
  const isCurrent = (tab: GroupTab) => pathname === tab.href || (tab.prefixes ?? []).some((prefix) => pathname.startsWith(prefix));
  const nav = useRef<HTMLElement>(null);
  // On a phone the tabs wrap (none hidden; a member's four fit one row of a 360-pixel screen); on a wider screen with many tabs they scroll
  // sideways: bring the current one into view (the strip
  // only; scrollIntoView would also move the page, away from a #post the reader came to).
  useEffect(() => {
    const strip = nav.current;
    const current = strip?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!strip || !current || strip.scrollWidth <= strip.clientWidth) return;
    strip.scrollLeft += current.getBoundingClientRect().left - strip.getBoundingClientRect().left - (strip.clientWidth - current.offsetWidth) / 2;
  }, [pathname]);
  return (
    <nav ref={nav} onFocus={revealFocused} aria-label="Group sections" className="-mb-px flex flex-wrap sm:gap-x-1 sm:flex-nowrap sm:overflow-x-auto">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={isCurrent(tab) ? "page" : undefined}
          className="whitespace-nowrap border-b-2 border-transparent px-2 py-2 text-sm sm:px-3 text-stone-600 hover:text-stone-900 aria-[current=page]:border-brand-700 aria-[current=page]:font-medium aria-[current=page]:text-stone-950"
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}

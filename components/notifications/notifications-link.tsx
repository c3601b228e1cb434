"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { NOTICES_CHANGED_EVENT, UNREAD_COUNT_URL } from "@/lib/notifications/unread-count";

/**
 * Named by what it shows ("Notifications 8 unread"): the words seen start the name (WCAG 2.5.3).
 * At least 24 px tall, to tap on a phone (WCAG 2.5.8). `unread` is the count the layout drew;
 * it is asked again on every page reached in the app and when notices were read meanwhile
 * (lib/notifications/unread-count.ts), so it never contradicts the page beside it.
 */
export function NotificationsLink({ unread }: { unread: number }) {
  const pathname = usePathname();
  // The count fetched since the layout drew `base`: a newer layout's count takes over again.
  const [fetched, setFetched] = useState<{ base: number; count: number } | null>(null);
  const shown = fetched && fetched.base === unread ? fetched.count : unread;

  // The first page's count is the layout's own; each page reached without a reload asks again.
  const [firstPath] = useState(pathname);
  // Only the latest answer counts: one asked before a thread's notices were read may come back last.
  const asked = useRef(0);
  useEffect(() => {
    let current = true;
    const count = () => {
      const ask = ++asked.current;
      return fetch(UNREAD_COUNT_URL, { cache: "no-store" })
        .then((response) => (response.ok ? (response.json() as Promise<{ unread: number }>) : null))
        .then((body) => {
          if (current && ask === asked.current && body && Number.isInteger(body.unread)) setFetched({ base: unread, count: body.unread });
        })
        .catch(() => undefined);
    };
    window.addEventListener(NOTICES_CHANGED_EVENT, count);
    if (pathname !== firstPath) void count();
    return () => {
      current = false;
      window.removeEventListener(NOTICES_CHANGED_EVENT, count);
    };
  }, [unread, pathname, firstPath]);

  return (
    <Link href="/notifications" className="inline-flex min-h-6 items-center gap-1.5 whitespace-nowrap text-stone-700 hover:text-stone-950">
      Notifications{" "}
      {shown > 0 && (
        <span className="rounded-full bg-brand-700 px-1.5 py-0.5 text-xs font-semibold leading-none text-white">
          {shown > 99 ? "99+" : shown}
          <span className="sr-only"> unread</span>
        </span>
      )}
    </Link>
  );
}

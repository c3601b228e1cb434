"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { pageHasOwnHeading } from "@/lib/groups/headings";

/** The group's name atop its pages: the h1, unless the page is about a thread, meetup or project (lib/groups/headings). */
export function GroupTitle({ name, href, lang }: { name: string; href: string; lang: string }) {
  const Element = pageHasOwnHeading(usePathname(), href) ? "p" : "h1";
  return (
    <Element className="text-2xl font-semibold">
      <Link href={href} lang={lang} className="hover:underline">
        {name}
      </Link>
    </Element>
  );
}

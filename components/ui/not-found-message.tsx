import Link from "next/link";
import type { ReactNode } from "react";

export interface NotFoundMessageProps {
  heading: string;
  text: ReactNode;
  href: string;
  linkText: ReactNode;
  /** 2 inside a page whose h1 is already there (a group's name atop its pages). */
  level?: 1 | 2;
  /**
   * A full load rather than a client navigation: to the same path with another query, a client
   * navigation leaves the segment's not-found boundary showing (it resets on a new path only).
   */
  fullLoad?: boolean;
}

/** The body of every 404 page: what is missing, why it may be, and where to go instead. */
export function NotFoundMessage({ heading, text, href, linkText, level = 1, fullLoad = false }: NotFoundMessageProps) {
  const Heading = level === 1 ? "h1" : "h2";
  const linkClass = "mt-6 inline-block text-brand-700 underline";
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      {/* The route's own title would name the page that is not there. */}
      <title>{`${heading} · Toile`}</title>
      <p className="text-sm font-semibold text-brand-700">404</p>
      <Heading className="mt-2 text-2xl font-semibold">{heading}</Heading>
      <p className="mt-2 text-stone-600">{text}</p>
      {fullLoad ? (
        <a href={href} className={linkClass}>
          {linkText}
        </a>
      ) : (
        <Link href={href} className={linkClass}>
          {linkText}
        </Link>
      )}
    </div>
  );
}

/** What the app says where nothing tells a missing page from a private group's. */
export const GENERIC_NOT_FOUND = {
  heading: "Page not found",
  text: "This page does not exist, or it belongs to a private group you are not a member of.",
  href: "/groups",
  linkText: "Browse groups",
} as const;

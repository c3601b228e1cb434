import type { Metadata } from "next";
import Link from "next/link";

/** For addresses no route matches (the <title> below covers notFound() inside a route). */
export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      {/* The route's own title would name the page that was not found. */}
      <title>Page not found · Toile</title>
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-stone-600">This page does not exist, or it belongs to a private group you are not a member of.</p>
      <Link href="/groups" className="mt-6 inline-block text-brand-700 underline">
        Browse groups
      </Link>
    </div>
  );
}

import type { Metadata } from "next";
import { GENERIC_NOT_FOUND, NotFoundMessage } from "@/components/ui/not-found-message";

/** For addresses no route matches (the message's <title> covers notFound() inside a route). */
export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return <NotFoundMessage {...GENERIC_NOT_FOUND} />;
}

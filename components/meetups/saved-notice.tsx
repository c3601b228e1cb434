"use client";

import { useEffect } from "react";
import { SAVED_PARAM } from "@/lib/meetups/paths";

/**
 * The organizer's confirmation after an edit. The edit form's redirect carries `?saved=1`; it
 * is dropped from the address once shown, so a reload or a later answer on the page does not
 * repeat the confirmation.
 */
export function SavedNotice({ message }: { message: string }) {
  useEffect(() => {
    const url = new URL(window.location.href);
    if (!url.searchParams.has(SAVED_PARAM)) return;
    url.searchParams.delete(SAVED_PARAM);
    window.history.replaceState(window.history.state, "", url);
  }, []);
  return (
    <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
      {message}
    </p>
  );
}

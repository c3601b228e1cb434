"use client";

import { signOut } from "next-auth/react";
import { forgetDraftsOnSignOut } from "@/components/ui/use-draft";

/** Signing out also removes every draft of Toile from this browser: the next person at a shared computer reads none (decision 020). */
export function SignOutButton({ className = "px-3" }: { className?: string }) {
  return (
    <button
      type="button"
      onClick={() => {
        forgetDraftsOnSignOut();
        void signOut({ callbackUrl: "/" });
      }}
      className={`whitespace-nowrap rounded-md py-1.5 text-sm text-stone-700 hover:bg-stone-100 ${className}`}
    >
      Sign out
    </button>
  );
}

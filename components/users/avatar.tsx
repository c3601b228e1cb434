import Link from "next/link";
import { avatarColor, initialsOf } from "@/lib/users/avatar";

const SIZES = {
  sm: "h-6 w-6 text-[0.625rem]",
  md: "h-8 w-8 text-xs",
  lg: "h-16 w-16 text-2xl",
} as const;

/**
 * A member's letter avatar (decision 030): decoration beside their name, never instead of it, so
 * hidden from screen readers. The initials are drawn by CSS from `data-initials` (app/globals.css
 * `.avatar`), not written in the page's text: a name's text stays the name, wherever it is copied or read.
 */
export function Avatar({ user, size = "sm", className = "" }: { user: { id: string; name: string }; size?: keyof typeof SIZES; className?: string }) {
  return (
    <span
      aria-hidden
      data-initials={initialsOf(user.name)}
      className={`avatar ${SIZES[size]} ${className}`}
      style={{ backgroundColor: avatarColor(user.id) }}
    />
  );
}

/** A member's name with their avatar, leading to their profile: how people are shown in lists and posts. */
export function PersonLink({ user, className = "font-medium text-stone-900" }: { user: { id: string; name: string }; className?: string }) {
  return (
    <Link href={`/u/${user.id}`} className={`inline-flex items-center gap-2 hover:underline ${className}`}>
      <Avatar user={user} />
      {user.name}
    </Link>
  );
}

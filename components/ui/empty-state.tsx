import type { ReactNode } from "react";
import { ButtonLink } from "./button";

/**
 * What a list shows when it has nothing in it, the same way everywhere: a dashed box saying what
 * is missing (`title`, in strong text), at most one line on why or what to do (`children`), and,
 * when the person can do something about it, that one thing (`action`: a link drawn as a button,
 * or a node such as a form's button). The title is a paragraph, not a heading, so that an empty
 * list does not add to the page's outline; `headingLevel` makes it one where the empty state
 * stands in for a section of its own. `compact` for a list inside a section (a box of a page
 * that shows several lists), without the page-level padding.
 */
export function EmptyState({
  title,
  children,
  action,
  headingLevel,
  compact = false,
}: {
  title: ReactNode;
  children?: ReactNode;
  action?: { href: string; label: string } | ReactNode;
  headingLevel?: 2 | 3 | 4;
  compact?: boolean;
}) {
  const Title = headingLevel ? (`h${headingLevel}` as const) : "p";
  return (
    <div className={`rounded-lg border border-dashed border-stone-300 text-center text-stone-600 ${compact ? "px-4 py-3 text-sm" : "p-6"}`}>
      <Title className="font-semibold text-stone-800">{title}</Title>
      {children && <p className="mt-1">{children}</p>}
      {action && <div className="mt-3">{isLinkAction(action) ? <ButtonLink href={action.href}>{action.label}</ButtonLink> : action}</div>}
    </div>
  );
}

function isLinkAction(action: unknown): action is { href: string; label: string } {
  return typeof action === "object" && action !== null && "href" in action && "label" in action && !("$$typeof" in action);
}

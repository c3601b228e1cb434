"use client";

import { startTransition, useId, useOptimistic, useRef, useState } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";
import { ButtonLink, buttonStyles } from "@/components/ui/button";
import { InlineFormError } from "@/components/ui/form-message";
import { setReactionAction } from "@/lib/discussions/actions";
import {
  applyReaction,
  describeReactors,
  REACTION_KINDS,
  reactionChoiceName,
  reactionControlName,
  REACTIONS,
  summarizeReactions,
  type ReactionCounts,
  type ReactionKind,
} from "@/lib/discussions/reactions";
import { initialFormState, type FormState } from "@/lib/forms";

type Shown = { counts: ReactionCounts; mine: readonly ReactionKind[] };

/**
 * A post's reactions (decision 027): the Like with its count, a toggle for every other kind
 * somebody gave ("💡 2"), and "React", which offers all six. Each control sends the state the
 * person asks for (the opposite of what it shows), never "toggle": a click from a page that is
 * behind still means what it said. Counts and pressed states change at once (useOptimistic); the
 * server's answer confirms them, or an error puts them back and says why. A double click reacts
 * once: the second click of a multi-click (event.detail > 1) is not a new intent.
 * Each control's tooltip and description say who gave it ("You, Ada and 2 others reacted with
 * Like."), then `disabledReason`: why this viewer cannot react (their own post; not a member);
 * they then get no "React".
 */
export function Reactions({
  postId,
  authorName,
  counts,
  mine,
  names,
  disabledReason,
}: {
  postId: number;
  authorName: string;
  counts: ReactionCounts;
  mine: readonly ReactionKind[];
  /** The first people who gave each kind, the viewer left out (loadThreadPosts' `reactorNames`). */
  names: Partial<Record<ReactionKind, string[]>>;
  disabledReason?: string;
}) {
  // Each click shows its change at once, on top of the changes still on their way; the server's
  // answers run in order (Next.js queues server actions) and its refreshed counts replace them.
  const [shown, show] = useOptimistic<Shown, { kind: ReactionKind; on: boolean }>({ counts, mine }, (current, { kind, on }) => applyReaction(current, kind, on));
  const [state, setState] = useState<FormState>(initialFormState);
  const react = async (formData: FormData) => {
    show({ kind: formData.get("kind") as ReactionKind, on: formData.get("on") === "true" });
    const answer = await setReactionAction(initialFormState, formData);
    startTransition(() => setState(answer));
  };
  return (
    <>
      {summarizeReactions(shown.counts, shown.mine).map(({ kind, count, mine: given }) => (
        <ReactionForm key={kind} postId={postId} kind={kind} on={!given} action={react}>
          <button
            type="submit"
            className={`${buttonStyles.ghost} px-2 py-1 text-xs ${given ? "bg-brand-50 ring-1 ring-brand-200" : ""}`}
            aria-pressed={given}
            disabled={disabledReason !== undefined}
            // Who gave it, then why this viewer cannot: the tooltip, and the control's description.
            title={[describeReactors(kind, names[kind] ?? [], count, given), disabledReason].filter(Boolean).join(" ") || undefined}
            onClick={oneIntentPerClick}
          >
            <ReactionContent kind={kind} count={count} name={reactionControlName(kind, authorName, count)} />
          </button>
        </ReactionForm>
      ))}
      {disabledReason === undefined && <ReactionPicker postId={postId} authorName={authorName} mine={shown.mine} react={react} />}
      <InlineFormError state={state} />
    </>
  );
}

/** The second click of a double click is not a second intent. */
function oneIntentPerClick(event: React.MouseEvent<HTMLButtonElement>) {
  if (event.detail > 1) event.preventDefault();
}

/** One reaction's form: what it asks for is in its hidden fields, read by the shared `react`. */
function ReactionForm({
  postId,
  kind,
  on,
  action,
  onSubmit,
  children,
}: {
  postId: number;
  kind: ReactionKind;
  on: boolean;
  action: (formData: FormData) => Promise<void>;
  /** Runs as the form is sent, before the action: state set here shows at once, not when the action ends. */
  onSubmit?: () => void;
  children: React.ReactNode;
}) {
  return (
    <form action={action} onSubmit={onSubmit} className="inline-flex">
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="on" value={String(on)} />
      {children}
    </form>
  );
}

/**
 * "React": a disclosure whose panel offers the six kinds, each a toggle (pressed when given).
 * Choosing one closes it and gives the focus back to "React"; so does Escape. A click elsewhere,
 * or Tab out of it, closes it where it is.
 * (It closes as the choice is sent: state set inside the action would wait for the server.)
 */
function ReactionPicker({
  postId,
  authorName,
  mine,
  react,
}: {
  postId: number;
  authorName: string;
  mine: readonly ReactionKind[];
  react: (formData: FormData) => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggleRef.current?.focus();
  };
  const dismissOnEscape = useDismiss({ open, onClose: () => setOpen(false), wrapper: wrapperRef, toggle: toggleRef });
  return (
    <div
      ref={wrapperRef}
      // Its button and panel are the footer's own items: the panel goes on a row of its own at
      // the end of the footer, so it never runs off a phone's screen as a popup would.
      className="contents"
      onKeyDown={dismissOnEscape}
    >
      <button
        ref={toggleRef}
        type="button"
        className={`${buttonStyles.ghost} px-2 py-1 text-xs`}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden>☺+ </span>React<span className="sr-only"> to {authorName}&apos;s post</span>
      </button>
      {open && (
        <div
          id={panelId}
          role="group"
          aria-label={`Reactions to ${authorName}'s post`}
          className="order-last flex basis-full flex-wrap gap-1 rounded-lg border border-stone-200 bg-white p-1 shadow-sm"
        >
          {REACTION_KINDS.map((kind, index) => {
            const given = mine.includes(kind);
            return (
              <ReactionForm
                key={kind}
                postId={postId}
                kind={kind}
                on={!given}
                action={react}
                onSubmit={() => close(true)}
              >
                <button
                  type="submit"
                  autoFocus={index === 0}
                  className={`${buttonStyles.ghost} flex-col gap-0 px-2 py-1 text-[0.7rem] ${given ? "bg-brand-50 ring-1 ring-brand-200" : ""}`}
                  aria-pressed={given}
                  aria-label={reactionChoiceName(kind, authorName)}
                  onClick={oneIntentPerClick}
                >
                  <span aria-hidden className="text-base leading-none">
                    {REACTIONS[kind].emoji}
                  </span>
                  {REACTIONS[kind].label}
                </button>
              </ReactionForm>
            );
          })}
        </div>
      )}
    </div>
  );
}

/**
 * What a reaction control shows ("💡 2") and, for screen readers, says (`name`). The name is the
 * control's own content, not an aria-label over other visible text, so what is spoken contains
 * what is seen (WCAG 2.5.3, label in name). One hidden span, not pieces around the count.
 */
function ReactionContent({ kind, count, name }: { kind: ReactionKind; count: number; name: string }) {
  return (
    <>
      <span aria-hidden>
        {REACTIONS[kind].emoji} {count}
      </span>
      <span className="sr-only">{name}</span>
    </>
  );
}

/**
 * What a signed-out reader sees: the Like as a link to sign in that brings them back to the post
 * (`signInHref`), and the other reactions' counts as text.
 */
export function SignInToReact({
  counts,
  names,
  authorName,
  signInHref,
}: {
  counts: ReactionCounts;
  names: Partial<Record<ReactionKind, string[]>>;
  authorName: string;
  signInHref: string;
}) {
  const likes = counts.like ?? 0;
  return (
    <>
      <ButtonLink href={signInHref} variant="ghost" className="px-2 py-1 text-xs" title="Sign in to react">
        <ReactionContent kind="like" count={likes} name={`Sign in to like ${authorName}'s post (${likes} ${likes === 1 ? "like" : "likes"})`} />
      </ButtonLink>
      {summarizeReactions(counts, [])
        .filter(({ kind }) => kind !== "like")
        .map(({ kind, count }) => (
          <span key={kind} className="px-2 py-1 text-xs text-stone-700" title={describeReactors(kind, names[kind] ?? [], count, false) ?? undefined}>
            <ReactionContent kind={kind} count={count} name={`${REACTIONS[kind].label}: ${count} ${count === 1 ? "reaction" : "reactions"}`} />
          </span>
        ))}
    </>
  );
}

"use client";

import { createContext, useContext, useEffect, useEffectEvent, useId, useRef, useState, type ReactNode } from "react";
import getCaretCoordinates from "textarea-caret";
import { MENTION_QUERY_MAX, mentionMarkdown, mentionQueryAt } from "@/lib/discussions/mention-syntax";

interface Person {
  id: string;
  name: string;
}

/** The group whose members a post box suggests (its slug), set by the group's pages. */
const MentionGroup = createContext<string | null>(null);

export function MentionGroupProvider({ groupSlug, children }: { groupSlug: string; children: ReactNode }) {
  return <MentionGroup value={groupSlug}>{children}</MentionGroup>;
}

type Typed = { start: number; query: string } | null;
type Box = HTMLInputElement | HTMLTextAreaElement;

/** What a box suggests people for: where a name is being typed, how a chosen one is written, what the list is for. */
interface SuggestionMode {
  /** The start of a name being typed in the box, and where it starts, or null for none. */
  typedAt: (box: Box) => Typed;
  /** Writes the chosen person in place of what was typed (from `typed.start` to the caret or on). */
  write: (box: Box, typed: NonNullable<Typed>, person: Person) => void;
  /** What Escape closes the list for, until it changes. */
  dismissed: (typed: NonNullable<Typed>) => string;
  /** "to mention": the list's name ("People to mention") and its status ("3 people to mention: …"). */
  purpose: string;
}

const MENTIONING: SuggestionMode = {
  typedAt: (box) => (box.selectionStart === box.selectionEnd ? mentionQueryAt(box.value, box.selectionStart ?? 0) : null),
  write: (box, typed, person) => box.setRangeText(`${mentionMarkdown(person)} `, typed.start, box.selectionEnd ?? typed.start, "end"),
  // The "@" at this index: its list stays closed until another "@" is typed.
  dismissed: (typed) => String(typed.start),
  purpose: "to mention",
};

/** A field holding one member's name (or an email, which suggests nothing): the whole of it is the name's start. */
const NAMING: SuggestionMode = {
  typedAt: (box) => {
    const query = box.value.trim();
    return query && !query.includes("@") && query.length <= MENTION_QUERY_MAX ? { start: 0, query } : null;
  },
  write: (box, _typed, person) => box.setRangeText(person.name, 0, box.value.length, "end"),
  // This text: typing another name opens the list again.
  dismissed: (typed) => typed.query,
  purpose: "to choose",
};

/** The list's width (Tailwind's w-72), to keep it inside the form at the box's right edge. */
const LIST_WIDTH = 288;

/**
 * Where the list goes in `holder` (the suggestions' own positioned box, below the field): just
 * under the line where "@" was typed, starting at the "@", as GitHub and Discourse place it —
 * not below the whole box, where it would cover the form's buttons. The caret's place in the
 * text is measured with textarea-caret (a mirror of the box).
 */
function listPlace(box: HTMLTextAreaElement, holder: HTMLElement, at: number): { top: number; left: number } {
  const caret = getCaretCoordinates(box, at);
  const boxRect = box.getBoundingClientRect();
  const holderRect = holder.getBoundingClientRect();
  const lineHeight = Number.isFinite(caret.height) ? caret.height : 20;
  const left = boxRect.left - holderRect.left + caret.left - box.scrollLeft;
  return {
    top: boxRect.top - holderRect.top + caret.top - box.scrollTop + lineHeight + 4,
    left: Math.max(0, Math.min(left, holderRect.width - LIST_WIDTH)),
  };
}

/**
 * @mention suggestions for the post box `fieldId` (decision 021), as GitHub and Discourse offer
 * them: typing "@" and the start of a name lists the group's members who match, under that line;
 * Up and Down choose, Enter or Tab (or a click) writes the mention, `[@Ana Souza](/u/<id>)`,
 * Escape closes the list. The box keeps focus throughout: it names the list (`aria-controls`)
 * and the chosen person (`aria-activedescendant`), and a polite status says how many matched.
 * Outside a group's pages, or with nothing typed after "@", it renders nothing.
 */
export function MentionSuggestions({ fieldId }: { fieldId: string }) {
  return <PersonSuggestions fieldId={fieldId} mode={MENTIONING} />;
}

/**
 * The same suggestions for a field naming one member of the group (a project's "Add a member of
 * the group"): the start of a name typed lists those who match, and choosing one writes their
 * full name, which the server then finds (findMemberByNameOrEmail). An email suggests nothing.
 */
export function MemberNameSuggestions({ fieldId }: { fieldId: string }) {
  return <PersonSuggestions fieldId={fieldId} mode={NAMING} />;
}

function PersonSuggestions({ fieldId, mode }: { fieldId: string; mode: SuggestionMode }) {
  const groupSlug = useContext(MentionGroup);
  const listId = useId();
  const [typed, setTyped] = useState<Typed>(null);
  // The last answer, for the query it answers: a list for an older query is not shown.
  const [found, setFound] = useState<{ query: string; people: Person[] } | null>(null);
  const [active, setActive] = useState(0);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);
  const holder = useRef<HTMLDivElement>(null);
  // What Escape closed the list for (mode.dismissed): it stays closed until that changes.
  const dismissed = useRef<string | null>(null);
  const people = typed && found?.query === typed.query ? found.people : [];
  const open = people.length > 0;

  const field = () => document.getElementById(fieldId) as Box | null;

  const pick = (person: Person) => {
    const box = field();
    if (!box || !typed) return;
    box.focus();
    // Replaces "@ana so" with the mention (or "gra" with "Grace Kim"); the input event tells the form (its unsent text, its draft).
    mode.write(box, typed, person);
    box.dispatchEvent(new Event("input", { bubbles: true }));
    setTyped(null);
  };

  const onTyping = useEffectEvent(() => {
    const box = field();
    if (!box) return;
    const at = mode.typedAt(box);
    // Once that "@" is gone, one typed again (even in the same place) opens the list again.
    if (!at) dismissed.current = null;
    const shown = at && mode.dismissed(at) !== dismissed.current ? at : null;
    setTyped(shown);
    // In a post box, under the line typed; under a one-line field, where the list already is.
    setPlace(shown && holder.current && box instanceof HTMLTextAreaElement ? listPlace(box, holder.current, shown.start) : null);
  });
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (!typed || !open || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setActive((active + (event.key === "ArrowDown" ? 1 : people.length - 1)) % people.length);
    } else if ((event.key === "Enter" && !event.shiftKey) || event.key === "Tab") {
      event.preventDefault();
      pick(people[active] ?? people[0]!);
    } else if (event.key === "Escape") {
      // Closes the list only, not the form around it.
      event.preventDefault();
      event.stopPropagation();
      dismissed.current = mode.dismissed(typed);
      setTyped(null);
    }
  });

  useEffect(() => {
    const box = document.getElementById(fieldId);
    if (!groupSlug || !box) return;
    const typing = () => onTyping();
    const keyDown = (event: KeyboardEvent) => onKeyDown(event);
    const close = () => setTyped(null);
    box.addEventListener("input", typing);
    box.addEventListener("click", typing);
    box.addEventListener("keydown", keyDown);
    box.addEventListener("blur", close);
    return () => {
      box.removeEventListener("input", typing);
      box.removeEventListener("click", typing);
      box.removeEventListener("keydown", keyDown);
      box.removeEventListener("blur", close);
    };
  }, [groupSlug, fieldId]);

  // Looks the typed name up, a moment after the typing pauses; a newer query cancels an older one.
  const query = typed?.query ?? null;
  useEffect(() => {
    if (!groupSlug || query === null) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/g/${encodeURIComponent(groupSlug)}/mentionable?q=${encodeURIComponent(query)}`, { signal: controller.signal });
        setFound({ query, people: response.ok ? ((await response.json()) as { people: Person[] }).people : [] });
        setActive(0);
      } catch {
        // Aborted by newer typing, or offline: no suggestions, and the text is still the person's.
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [groupSlug, query]);

  // The box names the list and the chosen person while the list is open.
  useEffect(() => {
    const box = document.getElementById(fieldId);
    if (!box) return;
    // A one-line field is a combobox (MemberNameOrEmailField): it says whether its list is open.
    if (box.getAttribute("role") === "combobox") box.setAttribute("aria-expanded", String(open));
    if (open) {
      box.setAttribute("aria-autocomplete", "list");
      box.setAttribute("aria-controls", listId);
      box.setAttribute("aria-activedescendant", `${listId}-${active}`);
    } else {
      box.removeAttribute("aria-controls");
      box.removeAttribute("aria-activedescendant");
    }
  }, [open, active, listId, fieldId]);

  if (!groupSlug) return null;
  return (
    <div ref={holder} className="relative">
      <p role="status" className="sr-only">
        {open ? `${people.length} ${people.length === 1 ? "person" : "people"} ${mode.purpose}: Up and Down to choose, Enter to pick, Escape to close.` : ""}
      </p>
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label={`People ${mode.purpose}`}
          style={place ? { top: place.top, left: place.left } : undefined}
          className="absolute left-0 top-1 z-20 max-h-64 w-72 overflow-y-auto rounded-md border border-stone-300 bg-white py-1 text-sm shadow-lg"
        >
          {people.map((person, index) => (
            <li
              key={person.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // A click must not take focus from the box (its blur would close the list first).
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(person)}
              className="cursor-pointer px-3 py-1.5 aria-selected:bg-brand-50 aria-selected:font-medium"
            >
              {person.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

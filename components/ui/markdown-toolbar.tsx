"use client";

import { useEffect, useRef } from "react";

/** The formatting offered, in order: the element, what it is called, its visible mark and its shortcut key (Ctrl or ⌘). */
const TOOLS: { element: "md-bold" | "md-italic" | "md-link" | "md-quote" | "md-code" | "md-unordered-list" | "md-ordered-list"; name: string; mark: React.ReactNode; key?: string }[] = [
  { element: "md-bold", name: "Bold", mark: <span className="font-bold">B</span>, key: "b" },
  { element: "md-italic", name: "Italic", mark: <span className="font-serif italic">I</span>, key: "i" },
  { element: "md-link", name: "Link", mark: <span className="underline">link</span>, key: "k" },
  { element: "md-quote", name: "Quote", mark: <span className="font-serif text-base leading-none">“</span> },
  { element: "md-code", name: "Code", mark: <span className="font-mono">{"<>"}</span> },
  { element: "md-unordered-list", name: "Bulleted list", mark: <ListIcon numbered={false} /> },
  { element: "md-ordered-list", name: "Numbered list", mark: <ListIcon numbered /> },
];

/**
 * Formatting buttons for a Markdown textarea (`fieldId`), as on GitHub, Discourse and Flarum, for
 * people who do not write Markdown: GitHub's <markdown-toolbar> element (@github/markdown-toolbar-element)
 * wraps or prefixes the selection, keeps the browser's undo, and makes the row one tab stop
 * moved through with the arrow keys (the ARIA toolbar pattern). Ctrl+B, Ctrl+I and Ctrl+K (⌘ on
 * a Mac) in the textarea do the same as their buttons. The element is defined in the browser
 * only; until the page's script runs, the row does nothing.
 */
export function MarkdownToolbar({ fieldId }: { fieldId: string }) {
  const toolbar = useRef<HTMLElement>(null);
  useEffect(() => {
    void import("@github/markdown-toolbar-element");
    const field = document.getElementById(fieldId);
    const shortcut = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const tool = TOOLS.find((candidate) => candidate.key === event.key.toLowerCase());
      const button = tool && toolbar.current?.querySelector<HTMLElement>(tool.element);
      if (!button) return;
      event.preventDefault();
      button.click();
    };
    field?.addEventListener("keydown", shortcut);
    return () => field?.removeEventListener("keydown", shortcut);
  }, [fieldId]);
  return (
    // Named "Formatting" alone: it follows its field, and a name holding the field's label would
    // compete with the field for that label (as "Formatting of message" does with "Message").
    <markdown-toolbar ref={toolbar} for={fieldId} aria-label="Formatting" aria-controls={fieldId} className="flex flex-wrap items-center gap-0.5">
      {TOOLS.map(({ element: Tool, name, mark, key }) => {
        const Element = Tool as "md-bold";
        const shortcut = key ? `Control+${key.toUpperCase()} Meta+${key.toUpperCase()}` : undefined;
        return (
          <Element
            key={Tool}
            // The package's buttons other than the header do not set their role themselves.
            role="button"
            aria-label={name}
            aria-keyshortcuts={shortcut}
            title={key ? `${name} (Ctrl+${key.toUpperCase()})` : name}
            className="inline-flex min-h-6 min-w-6 cursor-pointer items-center justify-center rounded px-1.5 text-xs text-stone-700 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            <span aria-hidden>{mark}</span>
          </Element>
        );
      })}
    </markdown-toolbar>
  );
}

/** A list's mark: three lines after dots or numbers (drawn, so that no visible text competes with the button's name). */
function ListIcon({ numbered }: { numbered: boolean }) {
  return (
    <svg viewBox="0 0 16 16" className="h-3.5 w-3.5 fill-none stroke-current" strokeWidth="1.4">
      <path d="M6 3.5h8M6 8h8M6 12.5h8" />
      {numbered ? <path d="M1.5 2.5l1-0.5v3M1.5 7h2l-2 2.5h2M1.5 11.5h2l-1 1.2 1 1.3h-2" /> : <path d="M2.5 3.5h0.1M2.5 8h0.1M2.5 12.5h0.1" strokeWidth="2.4" strokeLinecap="round" />}
    </svg>
  );
}

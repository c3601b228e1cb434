"use client";

import { useEffect, useId, useState } from "react";
import type { ThreadChoice } from "@/lib/discussions/data";
import { THREAD_SEARCH_MAX } from "@/lib/discussions/schema";
import { fieldControl } from "@/components/ui/field";

const SEARCH_DELAY_MS = 250;

const normalize = (text: string) => text.toLocaleLowerCase();

/** `base` followed by the threads of `more` it does not have yet (the order of first sight). */
function merge(base: ThreadChoice[], more: ThreadChoice[]): ThreadChoice[] {
  const seen = new Set(base.map((thread) => thread.id));
  return [...base, ...more.filter((thread) => !seen.has(thread.id))];
}

export interface ThreadFinder {
  query: string;
  setQuery: (query: string) => void;
  /** Every thread offered so far: the page's, then those found by searching (never removed, so a choice stays put). */
  all: ThreadChoice[];
  /** The ones whose title contains the query (all of them when it is empty). */
  matches: ThreadChoice[];
  status: "idle" | "searching" | "failed";
}

/**
 * A form's thread choices: the page gives the group's most recent threads; typing filters them at
 * once and asks the server (`/g/[slug]/thread-choices`) for older threads whose title matches.
 */
export function useThreadFinder(groupSlug: string, initial: ThreadChoice[]): ThreadFinder {
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<ThreadChoice[]>([]);
  const [status, setStatus] = useState<ThreadFinder["status"]>("idle");
  const needle = query.trim();

  useEffect(() => {
    if (!needle) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setStatus("searching");
      try {
        const response = await fetch(`/g/${encodeURIComponent(groupSlug)}/thread-choices?q=${encodeURIComponent(needle)}`, { signal: controller.signal });
        if (!response.ok) throw new Error(`thread search answered ${response.status}`);
        const { threads } = (await response.json()) as { threads: ThreadChoice[] };
        setFound((previous) => merge(previous, threads));
        setStatus("idle");
      } catch {
        if (!controller.signal.aborted) setStatus("failed");
      }
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [groupSlug, needle]);

  const all = merge(initial, found);
  const matches = needle ? all.filter((thread) => normalize(thread.title).includes(normalize(needle))) : all;
  return { query, setQuery, all, matches, status: needle ? status : "idle" };
}

/**
 * The finder's search box and its live count. It has no name, so it is never submitted, and
 * Enter searches instead of sending the form.
 */
export function ThreadSearchField({ finder, label, controls }: { finder: ThreadFinder; label: string; controls: string }) {
  const id = useId();
  const needle = finder.query.trim();
  const count = finder.matches.length;
  const message = !needle
    ? ""
    : finder.status === "failed"
      ? "Could not search older threads. The list shows the recent ones that match."
      : finder.status === "searching"
        ? "Searching older threads…"
        : count === 0
          ? `No thread title contains “${needle}”.`
          : `${count} ${count === 1 ? "thread matches" : "threads match"} “${needle}”.`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-stone-700">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={finder.query}
        onChange={(event) => finder.setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") event.preventDefault();
        }}
        aria-controls={controls}
        autoComplete="off"
        maxLength={THREAD_SEARCH_MAX}
        className={`${fieldControl} py-1.5`}
      />
      <p role="status" aria-live="polite" className="min-h-4 text-xs text-stone-600">
        {message}
      </p>
    </div>
  );
}

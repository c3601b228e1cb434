"use client";

import { useCallback, useEffect, useId, useRef, useState, useTransition } from "react";
import { previewMarkdownAction } from "@/lib/markdown/actions";
import type { PreviewResult } from "@/lib/markdown/preview";
import { MarkdownToolbar } from "./markdown-toolbar";

/**
 * "Preview" under a Markdown textarea (`fieldId`): shows the text as it will be shown, rendered
 * and sanitised on the server like a saved post, and follows the typing (after a pause) while
 * open. The textarea stays where it is, so nothing typed is at risk; the panel is not a live
 * region (it would read every pause aloud), and the person moves to it when they want it.
 * It shares its row with the field's formatting buttons (MarkdownToolbar, decision 032).
 */
export function MarkdownPreview({ fieldId, label }: { fieldId: string; label: string }) {
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<PreviewResult | null>(null);
  const [pending, startTransition] = useTransition();
  const panelId = useId();
  const latest = useRef(0);

  const render = useCallback(() => {
    const text = (document.getElementById(fieldId) as HTMLTextAreaElement | null)?.value ?? "";
    const request = ++latest.current;
    startTransition(async () => {
      // Answers can cross: only the latest request's is shown.
      const answer = text.trim() ? await previewMarkdownAction(text) : { html: "" };
      if (request === latest.current) setResult(answer);
    });
  }, [fieldId]);

  useEffect(() => {
    if (!open) return;
    render();
    const field = document.getElementById(fieldId);
    const form = field?.closest("form");
    let timer: number | undefined;
    const onInput = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(render, 400);
    };
    // After a post is sent its form empties (a reset, with no input event): the preview follows.
    const onReset = () => window.setTimeout(render, 0);
    field?.addEventListener("input", onInput);
    form?.addEventListener("reset", onReset);
    return () => {
      window.clearTimeout(timer);
      field?.removeEventListener("input", onInput);
      form?.removeEventListener("reset", onReset);
    };
  }, [open, fieldId, render]);

  return (
    <div className="space-y-2">
      {/* Under every Markdown field: its formatting buttons, then the preview (24 px tall, as
          the buttons beside it, to tap: WCAG 2.5.8). */}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <MarkdownToolbar fieldId={fieldId} />
        <button type="button" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)} className="rounded py-1 text-xs font-medium text-brand-700 hover:underline">
          {open ? "Hide preview" : "Preview"}
          <span className="sr-only"> of {label}</span>
        </button>
      </div>
      {open && (
        <section id={panelId} aria-label={`Preview of ${label}`} aria-busy={pending} className="rounded-md border border-dashed border-stone-300 bg-stone-50 p-3">
          {result === null ? (
            <p className="text-sm text-stone-500">Rendering…</p>
          ) : "error" in result ? (
            <p className="text-sm text-red-700">{result.error}</p>
          ) : result.html ? (
            <div className="post-body" dangerouslySetInnerHTML={{ __html: result.html }} />
          ) : (
            <p className="text-sm text-stone-500">Nothing to preview yet.</p>
          )}
        </section>
      )}
    </div>
  );
}

/** A field's label inside a sentence ("Your reply to Ada" → "your reply to Ada"): names keep their capitals. */
export function sentenceCase(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

"use client";

import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { markdownOfHtml, quoteLead, quoteMarkdown } from "@/lib/discussions/quote";

/**
 * The part of `body` the reader selected, cut to it (a selection that runs on into the post's
 * buttons or the next post quotes only this post's words); null when nothing of it is selected.
 */
function selectedPart(body: HTMLElement): Range | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const selected = selection.getRangeAt(0);
  if (!selected.intersectsNode(body)) return null;
  const part = document.createRange();
  part.selectNodeContents(body);
  if (selected.compareBoundaryPoints(Range.START_TO_START, part) > 0) part.setStart(selected.startContainer, selected.startOffset);
  if (selected.compareBoundaryPoints(Range.END_TO_END, part) < 0) part.setEnd(selected.endContainer, selected.endOffset);
  return part.toString().trim() === "" ? null : part;
}

/** Post `postId`'s quote, in Markdown (decision 033): the words selected in it, or all of it. */
function quoteOfPost(postId: number): string {
  const body = document.getElementById(`post-${postId}`)?.querySelector<HTMLElement>(".post-body");
  if (!body) return "";
  const holder = document.createElement("div");
  holder.append(selectedPart(body)?.cloneContents() ?? body.cloneNode(true));
  return quoteMarkdown(markdownOfHtml(holder));
}

/**
 * Puts `quote` where the cursor was in `box` (at the end of a form just opened or restored from
 * its draft), as a paragraph of its own, and leaves the cursor after it. The input event is the
 * one typing sends: the form keeps its draft and knows it holds unsent text.
 */
export function insertQuote(box: HTMLTextAreaElement, quote: string): void {
  const { selectionStart: start, selectionEnd: end } = box;
  box.setRangeText(quoteLead(box.value.slice(0, start)) + quote, start, end, "end");
  box.focus();
  box.dispatchEvent(new Event("input", { bubbles: true }));
}

/**
 * "Quote" on a post: hands `onQuote` the post's quote. A mouse press reads the selection before
 * anything can change it; a key press (Enter or Space on the button) reads it as it is then.
 */
export function QuoteButton({ postId, authorName, onQuote }: { postId: number; authorName: string; onQuote: (quote: string) => void }) {
  const pressed = useRef<string | null>(null);
  return (
    <Button
      variant="ghost"
      className="px-2 py-1 text-xs"
      aria-label={`Quote ${authorName}`}
      title="Quote the words you selected in this post, or all of it, in a reply"
      onPointerDown={() => void (pressed.current = quoteOfPost(postId))}
      onClick={(event) => {
        // detail is 0 for a click made with the keyboard: no press came before it.
        const quote = event.detail > 0 && pressed.current !== null ? pressed.current : quoteOfPost(postId);
        pressed.current = null;
        if (quote !== "") onQuote(quote);
      }}
    >
      Quote
    </Button>
  );
}

/** "Quote" on the thread's opening post: into the thread's reply form (`fieldId`), below it. */
export function QuoteInThreadReply({ postId, authorName, fieldId }: { postId: number; authorName: string; fieldId: string }) {
  return (
    <QuoteButton
      postId={postId}
      authorName={authorName}
      onQuote={(quote) => {
        const box = document.getElementById(fieldId);
        if (box instanceof HTMLTextAreaElement) insertQuote(box, quote);
      }}
    />
  );
}

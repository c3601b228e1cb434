"use client";

import { useRef, useState, useSyncExternalStore } from "react";
import { Button, buttonStyles } from "@/components/ui/button";
import { webcalUrl } from "@/lib/meetups/calendar-links";

type CopyOutcome = "idle" | "copied" | "failed";

/** The browser's clipboard write; false when there is no clipboard (insecure context, old browser) or it refused. */
async function copyToClipboard(text: string): Promise<boolean> {
  if (!navigator.clipboard?.writeText) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A feed address to paste into a calendar app, with a copy button, and a `webcal:` link that
 * opens the calendar app to subscribe (once the script runs). The path is made absolute
 * in the browser, so it matches the address the person is using. "Copied" is said only once the
 * clipboard took it; otherwise the address is selected for the person to copy themselves. The
 * outcome is announced politely (the live region is always there, so the change is heard).
 */
export function CalendarFeedLink({ path, label, hint }: { path: string; label: string; hint?: string }) {
  const [outcome, setOutcome] = useState<CopyOutcome>("idle");
  const input = useRef<HTMLInputElement>(null);
  const origin = useSyncExternalStore(
    () => () => {},
    () => window.location.origin,
    () => "",
  );
  const url = `${origin}${path}`;
  const id = `feed-${label.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input ref={input} id={id} readOnly value={url} onFocus={(event) => event.target.select()} className="min-w-0 grow rounded-md border border-stone-300 bg-stone-50 px-3 py-2 font-mono text-xs" />
        <Button
          variant="secondary"
          onClick={async () => {
            // The address as of the click, not of the render: a click while the page hydrates may
            // run the handler of the server's render, whose `url` is still the bare path.
            const copied = await copyToClipboard(`${window.location.origin}${path}`);
            setOutcome(copied ? "copied" : "failed");
            if (!copied) {
              input.current?.focus();
              input.current?.select();
            }
          }}
        >
          {outcome === "copied" ? "Copied" : "Copy"}
        </Button>
        {/* Opens the calendar app to subscribe (Apple Calendar, Outlook): shown once the address is known. */}
        {origin && (
          <a href={webcalUrl(origin, path)} className={buttonStyles.secondary}>
            Subscribe<span className="sr-only"> to this feed in your calendar app</span>
          </a>
        )}
      </div>
      <p role="status" className="text-xs text-stone-700">
        {outcome === "copied" ? "Address copied." : outcome === "failed" ? "Could not copy. Select the address and copy it." : ""}
      </p>
      {hint && <p className="text-xs text-stone-500">{hint}</p>}
    </div>
  );
}

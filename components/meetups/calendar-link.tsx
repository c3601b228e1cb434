"use client";

import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

/**
 * A feed address to paste into a calendar app, with a copy button. The path is made absolute
 * in the browser, so it matches the address the person is using.
 */
export function CalendarFeedLink({ path, label, hint }: { path: string; label: string; hint?: string }) {
  const [copied, setCopied] = useState(false);
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
        <input id={id} readOnly value={url} onFocus={(event) => event.target.select()} className="min-w-0 grow rounded-md border border-stone-300 bg-stone-50 px-3 py-2 font-mono text-xs" />
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(url).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      {hint && <p className="text-xs text-stone-500">{hint}</p>}
    </div>
  );
}

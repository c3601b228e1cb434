/** The mark of something new to the reader (decision 014): `shown` on screen, `spoken` to screen readers. */
export function NewBadge({ shown, spoken }: { shown: string; spoken: string }) {
  return (
    <span className="rounded-full bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-800">
      <span aria-hidden>{shown}</span>
      <span className="sr-only">{spoken}</span>
    </span>
  );
}

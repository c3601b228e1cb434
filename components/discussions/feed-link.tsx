/**
 * A link to an Atom feed of the group's discussions (decision 024), to paste into a feed reader,
 * with the page's `<link rel="alternate">` that readers and browser extensions discover (React
 * puts it in the document's head). A private group's address carries the member's key: the text
 * says it is personal, and it is not advertised in the head.
 */
export function FeedLink({ href, label, personal }: { href: string; label: string; personal: boolean }) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-sm text-stone-600">
      {!personal && <link rel="alternate" type="application/atom+xml" href={href} title={label} />}
      <a href={href} type="application/atom+xml" className="inline-flex items-center gap-1.5 text-brand-700 hover:underline">
        <svg aria-hidden viewBox="0 0 16 16" className="h-3.5 w-3.5 fill-current">
          <circle cx="2.5" cy="13.5" r="2" />
          <path d="M1 6.5a8.5 8.5 0 0 1 8.5 8.5h-2A6.5 6.5 0 0 0 1 8.5zM1 1.5A13.5 13.5 0 0 1 14.5 15h-2A11.5 11.5 0 0 0 1 3.5z" />
        </svg>
        {label}
      </a>
      {personal && <span className="text-xs">Your personal address: anyone with it can read this private group&apos;s discussions.</span>}
    </p>
  );
}

import { BAND_LABELS } from "@/lib/health";
import type { Band } from "@/lib/health";

const styles: Record<Band, string> = {
  thriving: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  healthy: "bg-sky-100 text-sky-900 ring-sky-300",
  "needs-attention": "bg-amber-100 text-amber-900 ring-amber-300",
  dormant: "bg-stone-200 text-stone-800 ring-stone-300",
};

/**
 * The band in words (never colour alone), e.g. "Health: Thriving", on one line. `tooEarly`: a new group on
 * thin evidence reads "too early to tell", not "Dormant", which would be a verdict on a group
 * a few days old (the moderators' pages still show the score, marked provisional).
 */
export function BandBadge({
  band,
  provisional = false,
  prefix = "Health:",
  tooEarly = false,
  className = "",
}: {
  band: string;
  provisional?: boolean;
  prefix?: string;
  tooEarly?: boolean;
  /**
   * E.g. "flex-wrap": in a narrow table column, the band and "(provisional)" may go on two lines
   * (each stays whole: a pill never breaks inside its words).
   */
  className?: string;
}) {
  if (tooEarly) {
    return (
      <span className="inline-flex items-center gap-1 whitespace-nowrap rounded-full bg-stone-100 px-2.5 py-0.5 text-xs font-medium text-stone-700 ring-1 ring-inset ring-stone-300">
        {prefix && <span className="font-normal">{prefix} </span>}
        too early to tell (new group)
      </span>
    );
  }
  const known = (band in styles ? band : "dormant") as Band;
  return (
    <span className={`inline-flex items-center gap-x-1 whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${styles[known]} ${className}`}>
      {/* Spaces in the text itself, not only the gap: read aloud or copied, it is "Health: Thriving (provisional)". */}
      {prefix && <span className="font-normal">{prefix} </span>}
      {BAND_LABELS[known]}
      {provisional && <span className="font-normal"> (provisional)</span>}
    </span>
  );
}

import type { ProjectStatus } from "@/lib/projects/schema";
import { STATUS_LABELS } from "@/lib/projects/status";

const STYLES: Record<ProjectStatus, string> = {
  active: "bg-emerald-100 text-emerald-800",
  proposed: "bg-amber-100 text-amber-800",
  completed: "bg-brand-100 text-brand-800",
  archived: "bg-stone-200 text-stone-700",
};

export function StatusBadge({ status, className = "" }: { status: ProjectStatus; className?: string }) {
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${STYLES[status]} ${className}`}>{STATUS_LABELS[status]}</span>;
}

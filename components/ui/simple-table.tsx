import type { ReactNode } from "react";
import { FORM_PANEL } from "./form-panel";
import { SidewaysScroll } from "./sideways-scroll";

/** A column: its header, and classes for its header cell (`hidden sm:table-cell` to drop it on a phone). */
export type SimpleColumn = string | { label: string; className: string };

/**
 * A plain table of rows the page gives (`children`: <tr>s whose first cell is a row header),
 * under one header row of `columns`, named `label` for screen readers. On a phone it scrolls
 * inside its frame, so controls in its cells keep their width without widening the page.
 */
export function SimpleTable({ label, columns, children }: { label: string; columns: SimpleColumn[]; children: ReactNode }) {
  return (
    <SidewaysScroll className="scroll-shadows rounded-lg border border-stone-200">
      <table aria-label={label} className="w-full text-sm [&_td]:px-2 [&_th]:px-2 sm:[&_td]:px-3 sm:[&_th]:px-3">
        <thead className="bg-stone-100 text-left text-xs uppercase tracking-wide text-stone-600">
          <tr>
            {columns.map((column) => {
              const { label: name, className = "" } = typeof column === "string" ? { label: column } : column;
              return (
                <th key={name} scope="col" className={`px-3 py-2 ${className}`}>
                  {name}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">{children}</tbody>
      </table>
    </SidewaysScroll>
  );
}

/**
 * An empty row after a row whose button opens a form (decision 039): the form shows here, across
 * the table, instead of inside the button's cell. Empty, it is not shown at all: it takes no
 * height, draws no line, and screen readers do not count it as a row.
 */
export function FormPanelRow({ columns }: { columns: number }) {
  return (
    <tr className="border-0 has-[>td:empty]:hidden">
      <td colSpan={columns} className="p-0" {...{ [FORM_PANEL]: "" }} />
    </tr>
  );
}

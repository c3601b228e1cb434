"use client";

import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import { useFormStatus } from "react-dom";

const base =
  "inline-flex items-center justify-center gap-1.5 rounded-md px-3.5 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60";
export const buttonStyles = {
  primary: `${base} bg-brand-700 text-white hover:bg-brand-800`,
  secondary: `${base} border border-stone-300 bg-white text-stone-800 hover:bg-stone-100`,
  ghost: `${base} text-stone-700 hover:bg-stone-100`,
  danger: `${base} border border-red-300 bg-white text-red-700 hover:bg-red-50`,
} as const;
export type ButtonVariant = keyof typeof buttonStyles;

export function Button({ variant = "primary", className = "", ...props }: ComponentProps<"button"> & { variant?: ButtonVariant }) {
  return <button type="button" className={`${buttonStyles[variant]} ${className}`} {...props} />;
}

/** A submit button that disables itself while its form's action runs. */
export function SubmitButton({ children, pendingLabel, variant = "primary", className = "", ...props }: ComponentProps<"button"> & { variant?: ButtonVariant; pendingLabel?: ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending || props.disabled} aria-disabled={pending} className={`${buttonStyles[variant]} ${className}`} {...props}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

export function ButtonLink({ variant = "primary", className = "", ...props }: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link className={`${buttonStyles[variant]} ${className}`} {...props} />;
}

"use client";

import Link from "next/link";
import { use, type ComponentProps, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { ConfirmGuardContext, WAITING_FOR_PAGE } from "@/components/ui/confirm-form";
import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * The buttons' looks are component classes (app/globals.css): a post shows six or more buttons, a
 * thread page three hundred posts, and Tailwind's utilities spelled out took 300 bytes a button
 * (decision 037). Utilities in `className` still override them (the components layer comes first).
 */
export const buttonStyles = {
  primary: "btn btn-primary",
  secondary: "btn btn-secondary",
  ghost: "btn btn-ghost",
  danger: "btn btn-danger",
} as const;
export type ButtonVariant = keyof typeof buttonStyles;

export function Button({ variant = "primary", className = "", ...props }: ComponentProps<"button"> & { variant?: ButtonVariant }) {
  return <button type="button" className={`${buttonStyles[variant]} ${className}`} {...props} />;
}

/**
 * A submit button that refuses further submits while its form's action runs. It stays focusable
 * (aria-disabled, not disabled): a disabled button loses focus, which Chrome then drops on
 * <body>, and keyboard and screen reader users lose their place after every submit.
 * In a ConfirmForm that asks, it is disabled (truly) until the page hydrates: see there.
 */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  className = "",
  onClick,
  ...props
}: ComponentProps<"button"> & { variant?: ButtonVariant; pendingLabel?: ReactNode }) {
  const { pending } = useFormStatus();
  const guarded = use(ConfirmGuardContext);
  const hydrated = useHydrated();
  const waiting = guarded && !hydrated;
  return (
    <button
      type="submit"
      {...props}
      disabled={waiting || props.disabled}
      title={waiting ? WAITING_FOR_PAGE : props.title}
      aria-disabled={pending || undefined}
      onClick={(event) => {
        // A second click (or Enter, which clicks the default button) must not submit twice.
        if (pending) event.preventDefault();
        else onClick?.(event);
      }}
      className={`${buttonStyles[variant]} ${className}`}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

export function ButtonLink({ variant = "primary", className = "", ...props }: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link className={`${buttonStyles[variant]} ${className}`} {...props} />;
}

/** An inline form's buttons: send it, or close it unsent (`onCancel`, which may ask first). */
export function SubmitOrCancel({ children, pendingLabel, onCancel }: { children: ReactNode; pendingLabel: ReactNode; onCancel: () => void }) {
  return (
    <div className="flex gap-2">
      <SubmitButton pendingLabel={pendingLabel}>{children}</SubmitButton>
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}

"use client";

import { useEffect } from "react";

/** Unexpected errors: logged on the server by Next; the person gets a calm message and a retry. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-lg py-16 text-center" role="alert">
      <h1 className="text-2xl font-semibold">Something went wrong on our side</h1>
      <p className="mt-2 text-stone-600">It is not your fault, and we have logged it{error.digest ? ` (reference ${error.digest})` : ""}.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-3.5 py-2 text-sm font-medium text-white">
        Try again
      </button>
    </div>
  );
}

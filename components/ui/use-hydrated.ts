"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const inBrowser = () => true;
const onServer = () => false;

/**
 * False in the server's HTML and during hydration, true once React runs the page (and at once
 * for anything mounted later, after a client-side navigation). For controls whose behaviour is
 * script: until it is true, the browser would act on them natively, without that script.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, inBrowser, onServer);
}

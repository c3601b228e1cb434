import { db, type Tx } from "@/lib/db";
import { untilSomeoneWaitsForALock } from "./fixtures";

/**
 * Another person's change, made in a transaction that holds its row locks until `release()`: for
 * tests that an act checked before its transaction is judged again by what committed meanwhile.
 * `done` settles once the held transaction has committed.
 */
export async function heldChange(change: (tx: Tx) => Promise<unknown>) {
  let release!: () => void;
  let changed!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const didChange = new Promise<void>((resolve) => (changed = resolve));
  const done = db.$transaction(async (tx) => {
    await change(tx);
    changed();
    await held;
  });
  await didChange;
  return { release, done };
}

/**
 * `act` sent while another person's `change` holds its locks: once `act` waits for them, the
 * change commits, and `act` decides on what committed. Returns what `act` came to (wrap a
 * refusal expected in `refusal()`, which catches it as it happens).
 */
export async function raced<T>(change: (tx: Tx) => Promise<unknown>, act: () => Promise<T>): Promise<T> {
  const held = await heldChange(change);
  const acting = act();
  await untilSomeoneWaitsForALock();
  held.release();
  await held.done;
  return acting;
}

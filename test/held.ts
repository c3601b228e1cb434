import { db, type Tx } from "@/lib/db";

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

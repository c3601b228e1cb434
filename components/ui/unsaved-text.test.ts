import { describe, expect, it, vi } from "vitest";
import { UnsavedText, type LeaveHost } from "./unsaved-text";

/** A window that records its beforeunload listeners and answers confirm() as told. */
function fakeWindow(confirms = true) {
  const listeners = new Set<(event: BeforeUnloadEvent) => void>();
  const host = {
    addEventListener: (_type: string, listener: (event: BeforeUnloadEvent) => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: BeforeUnloadEvent) => void) => listeners.delete(listener),
    confirm: vi.fn(() => confirms),
  } satisfies LeaveHost;
  /** What leaving the page would do now: true when the browser would ask first. */
  const leaving = () => {
    const event = { defaultPrevented: false, returnValue: undefined as unknown, preventDefault() { this.defaultPrevented = true; } };
    for (const listener of listeners) listener(event as unknown as BeforeUnloadEvent);
    return event.defaultPrevented;
  };
  return { host, listeners, leaving };
}

const typed = (value: string) => ({ currentTarget: { value } as HTMLTextAreaElement });

describe("unsent text", () => {
  it("asks before the page is left while the box holds unsent text, and no longer once it is sent", () => {
    const tab = fakeWindow();
    const draft = new UnsavedText("", () => tab.host);
    expect(tab.leaving()).toBe(false);
    draft.track(typed("A half-written reply"));
    expect(draft.unsent).toBe(true);
    expect(tab.leaving()).toBe(true);
    draft.settle();
    expect(tab.leaving()).toBe(false);
    // Gone, not only idle: a page without the listener stays in the back/forward cache.
    expect(tab.listeners.size).toBe(0);
  });

  it("counts neither spaces, an emptied box, nor the text the box started with (an edit not changed yet)", () => {
    const tab = fakeWindow();
    const draft = new UnsavedText("The post as saved.", () => tab.host);
    draft.track(typed("The post as saved.  "));
    expect(tab.leaving()).toBe(false);
    draft.track(typed("The post, changed."));
    expect(tab.leaving()).toBe(true);
    draft.track(typed("The post as saved."));
    expect(tab.leaving()).toBe(false);
    // Emptied: nothing that Cancel or leaving would lose.
    draft.track(typed(""));
    expect(tab.leaving()).toBe(false);
    const reply = new UnsavedText("", () => tab.host);
    reply.track(typed(" \n "));
    expect(reply.unsent).toBe(false);
  });

  it("follows what an edited post now starts with", () => {
    const tab = fakeWindow();
    const draft = new UnsavedText("Old words.", () => tab.host);
    draft.startFrom("New words.");
    draft.track(typed("New words."));
    expect(draft.unsent).toBe(false);
  });

  it("adds one listener however much is typed", () => {
    const tab = fakeWindow();
    const draft = new UnsavedText("", () => tab.host);
    for (const text of ["H", "He", "Hel"]) draft.track(typed(text));
    expect(tab.listeners.size).toBe(1);
  });

  it("closing the form asks only when text would be lost, and keeps it when the person says no", () => {
    const keeps = fakeWindow(false);
    const draft = new UnsavedText("", () => keeps.host);
    expect(draft.mayDiscard("Discard your reply?")).toBe(true);
    expect(keeps.host.confirm).not.toHaveBeenCalled();
    draft.track(typed("Wait, I am still writing"));
    expect(draft.mayDiscard("Discard your reply?")).toBe(false);
    expect(keeps.host.confirm).toHaveBeenCalledWith("Discard your reply?");
    expect(keeps.leaving()).toBe(true);

    const discards = fakeWindow(true);
    const agreed = new UnsavedText("", () => discards.host);
    agreed.track(typed("Never mind"));
    expect(agreed.mayDiscard("Discard your reply?")).toBe(true);
    expect(discards.leaving()).toBe(false);
  });
});

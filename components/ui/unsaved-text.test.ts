import { describe, expect, it, vi } from "vitest";
import { LEAVE_QUESTION, leavesPage, UnsavedText, type LeaveHost, type TraverseEvent } from "./unsaved-text";

const HERE = "https://toile.test/g/gardeners/t/7-compost?sort=new";

/** An event that records whether a listener cancelled it. */
function cancellable<T extends object>(fields: T) {
  return { ...fields, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
}

/** Something clicked: inside a link with these attributes, or (null) not in a link. */
function clicked(attributes: Record<string, string> | null, keys: Partial<MouseEvent> = {}) {
  const link = attributes && { getAttribute: (name: string) => attributes[name] ?? null, hasAttribute: (name: string) => name in attributes };
  // Only closest() of the target is used: a stand-in for the element clicked.
  const target = { closest: () => link } as unknown as EventTarget;
  return cancellable({ button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...keys, target });
}

/** A window that records its listeners by event type, answers confirm() as told, and can be left in each way. */
function fakeWindow(confirms = true) {
  const listeners = new Map<string, Set<(event: never) => void>>();
  const add = (type: string, listener: (event: never) => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(listener));
  const remove = (type: string, listener: (event: never) => void) => listeners.get(type)?.delete(listener);
  const host = {
    addEventListener: add,
    removeEventListener: remove,
    confirm: vi.fn(() => confirms),
    location: { href: HERE },
    navigation: { addEventListener: add, removeEventListener: remove },
  } satisfies LeaveHost;
  /** Gives the event to the type's listeners; true when one of them cancelled it. */
  const dispatch = <E extends { defaultPrevented: boolean }>(type: string, event: E) => {
    for (const listener of [...(listeners.get(type) ?? [])]) (listener as (event: E) => void)(event);
    return event.defaultPrevented;
  };
  /** How many listeners are there now. */
  const count = () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0);
  /** What leaving the page would do now: true when the browser would ask first. */
  const leaving = () => dispatch("beforeunload", cancellable({ returnValue: undefined as unknown }));
  /** A click: by default on a link to another page of the app. True when it was cancelled (the person stayed). */
  const click = (event = clicked({ href: "/groups" })) => dispatch("click", event);
  /** Back within the app (or to a fragment, or to another document): true when it was cancelled. */
  const back = (fields: Partial<TraverseEvent> = {}) =>
    dispatch("navigate", cancellable({ navigationType: "traverse", hashChange: false, destination: { sameDocument: true }, cancelable: true, ...fields }));
  return { host, count, leaving, click, back };
}

describe("leavesPage: a click that leaves for another page", () => {
  it("is a plain click on a link to another page of the site, or on something inside one", () => {
    expect(leavesPage(clicked({ href: "/groups" }), HERE)).toBe(true);
    expect(leavesPage(clicked({ href: "https://toile.test/g/gardeners" }), HERE)).toBe(true);
    expect(leavesPage(clicked({ href: "/groups", target: "_self" }), HERE)).toBe(true);
    // The same page without the query, or with it but reloaded: the text goes either way.
    expect(leavesPage(clicked({ href: "/g/gardeners/t/7-compost" }), HERE)).toBe(true);
    expect(leavesPage(clicked({ href: "/g/gardeners/t/7-compost?sort=new" }), HERE)).toBe(true);
    expect(leavesPage(clicked({ href: "/g/gardeners/t/7-compost?sort=old#post-3" }), HERE)).toBe(true);
  });

  it("is not a new tab, window or download asked for with a key or another button", () => {
    for (const keys of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }]) {
      expect(leavesPage(clicked({ href: "/groups" }, keys), HERE)).toBe(false);
    }
  });

  it("is not a link to another tab, a download, another site (beforeunload asks) or not a link", () => {
    expect(leavesPage(clicked({ href: "/groups", target: "_blank" }), HERE)).toBe(false);
    expect(leavesPage(clicked({ href: "/g/gardeners/health/history.csv", download: "" }), HERE)).toBe(false);
    expect(leavesPage(clicked({ href: "https://example.org/" }), HERE)).toBe(false);
    expect(leavesPage(clicked({ href: "mailto:someone@example.org" }), HERE)).toBe(false);
    // The form's own Post reply button, or a click somewhere on the page.
    expect(leavesPage(clicked(null), HERE)).toBe(false);
    expect(leavesPage({ ...clicked(null), target: null }, HERE)).toBe(false);
  });

  it("is not a fragment of this page (a permalink, the skip link), nor a click someone else cancelled", () => {
    for (const href of ["#post-3", "#", "/g/gardeners/t/7-compost?sort=new#post-3", `${HERE}#main`]) {
      expect(leavesPage(clicked({ href }), HERE)).toBe(false);
    }
    const handled = clicked({ href: "/groups" });
    handled.preventDefault();
    expect(leavesPage(handled, HERE)).toBe(false);
  });
});

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
    expect(tab.count()).toBe(0);
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

  it("adds its listeners once however much is typed", () => {
    const tab = fakeWindow();
    const draft = new UnsavedText("", () => tab.host);
    for (const text of ["H", "He", "Hel"]) draft.track(typed(text));
    // beforeunload, click, and navigate on the Navigation API.
    expect(tab.count()).toBe(3);
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

  it("asks before a link or Back takes the person to another page of the app; staying cancels it", () => {
    const tab = fakeWindow(false);
    const draft = new UnsavedText("", () => tab.host);
    expect(tab.click()).toBe(false);
    expect(tab.back()).toBe(false);
    expect(tab.host.confirm).not.toHaveBeenCalled();

    draft.track(typed("Not posted yet"));
    expect(tab.click()).toBe(true);
    expect(tab.host.confirm).toHaveBeenLastCalledWith(LEAVE_QUESTION);
    expect(tab.back()).toBe(true);
    expect(tab.host.confirm).toHaveBeenCalledTimes(2);
    // Still guarded after staying.
    expect(draft.unsent).toBe(true);
    expect(tab.leaving()).toBe(true);
  });

  it("asks its own question when it has one (a box that keeps no draft says its text would be lost)", () => {
    const tab = fakeWindow(false);
    const question = "Leave this page? The reason you typed has not been sent and will be lost.";
    new UnsavedText("", () => tab.host, question).track(typed("Spam, three times"));
    expect(tab.click()).toBe(true);
    expect(tab.back()).toBe(true);
    expect(tab.host.confirm.mock.calls).toEqual([[question], [question]]);
  });

  it("lets Back to a fragment of this page, to another document, or that cannot be cancelled go without asking", () => {
    const tab = fakeWindow(false);
    new UnsavedText("", () => tab.host).track(typed("Not posted yet"));
    expect(tab.back({ hashChange: true })).toBe(false);
    expect(tab.back({ destination: { sameDocument: false } })).toBe(false);
    expect(tab.back({ cancelable: false })).toBe(false);
    expect(tab.back({ navigationType: "push" })).toBe(false);
    expect(tab.host.confirm).not.toHaveBeenCalled();
  });

  it("leaving, once agreed, lets the link go and lets the page unload without asking again", () => {
    const tab = fakeWindow(true);
    const draft = new UnsavedText("", () => tab.host);
    draft.track(typed("Never mind"));
    expect(tab.click()).toBe(false);
    expect(draft.unsent).toBe(false);
    expect(tab.leaving()).toBe(false);
  });

  it("asks once for two boxes holding text, and their answer holds for both", () => {
    for (const confirms of [false, true]) {
      const tab = fakeWindow(confirms);
      const reply = new UnsavedText("", () => tab.host);
      const edit = new UnsavedText("Saved.", () => tab.host);
      reply.track(typed("A reply"));
      edit.track(typed("Saved, then changed."));
      expect(tab.click()).toBe(!confirms);
      expect(tab.host.confirm).toHaveBeenCalledTimes(1);
      expect([reply.unsent, edit.unsent]).toEqual([!confirms, !confirms]);
    }
  });

  it("does not ask about a click that is not a link, such as the form's own submit button", () => {
    const tab = fakeWindow(false);
    new UnsavedText("", () => tab.host).track(typed("Posting this"));
    expect(tab.click(clicked(null))).toBe(false);
    expect(tab.host.confirm).not.toHaveBeenCalled();
  });
});

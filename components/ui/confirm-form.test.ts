import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SubmitButton } from "@/components/ui/button";
import { ConfirmForm, WAITING_FOR_PAGE } from "@/components/ui/confirm-form";

/** The HTML the server sends: what a click acts on before the page's script runs. */
function serverHtml(question: string | undefined): string {
  return renderToStaticMarkup(createElement(ConfirmForm, { question }, createElement(SubmitButton, { "aria-label": "Delete Ada's post" }, "Delete")));
}

describe("ConfirmForm in the server's HTML", () => {
  it("disables its submit button when it asks, saying why, so a native submit cannot act unasked", () => {
    const html = serverHtml("Delete this post?");
    expect(html).toMatch(/<button[^>]* disabled=""/);
    expect(html).toContain(`title="${WAITING_FOR_PAGE}"`);
    // The name the journeys find it by is unchanged.
    expect(html).toContain('aria-label="Delete Ada&#x27;s post"');
  });

  it("leaves the button usable when it does not ask (joining, keeping a post)", () => {
    const html = serverHtml(undefined);
    expect(html).not.toContain(' disabled=""');
    expect(html).not.toContain(" title=");
  });

  it("does not reach a SubmitButton outside it", () => {
    expect(renderToStaticMarkup(createElement("form", null, createElement(SubmitButton, null, "Save")))).not.toContain(' disabled=""');
  });
});

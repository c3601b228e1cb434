/**
 * The custom elements of @github/markdown-toolbar-element, for JSX: the toolbar (`for`: its
 * textarea's id) and its buttons. They become interactive once the package is imported in the
 * browser (components/ui/markdown-toolbar.tsx).
 */
import type { DetailedHTMLProps, HTMLAttributes } from "react";

type ToolbarElementProps = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement>;

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "markdown-toolbar": ToolbarElementProps & { for: string };
      "md-bold": ToolbarElementProps;
      "md-italic": ToolbarElementProps;
      "md-link": ToolbarElementProps;
      "md-quote": ToolbarElementProps;
      "md-code": ToolbarElementProps;
      "md-unordered-list": ToolbarElementProps;
      "md-ordered-list": ToolbarElementProps;
    }
  }
}

/** The page's two DOM shorthands, shared by its views. */

/** The element `selector` finds; the page's markup (index.html) guarantees it is there. */
export const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;

/** A new element `tag` with `props` set on it. */
export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}) =>
  Object.assign(document.createElement(tag), props);

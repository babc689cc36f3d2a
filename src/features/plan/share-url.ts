/** The full address of a shared plan; the payload rides in the fragment, never sent to a server. */
export function planLink(payload: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#/plan/${payload}`;
}

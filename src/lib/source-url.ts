/**
 * What a legal reference's source address is. A site's home page is a place to look the
 * provision up (no stable address to the provision itself was verified), so the page calls it
 * that rather than a link to the provision; a deeper address is the provision's own page.
 */
export function isSearchEntry(url: string): boolean {
  try {
    const { pathname, search } = new URL(url);
    return (pathname === '/' || pathname === '') && search === '';
  } catch {
    return true;
  }
}

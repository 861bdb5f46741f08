/**
 * The app's last state, kept in localStorage as its link's query string, so a bare address
 * reopens where the user left off. The notebooks read the language from it (and write it back
 * when switched there), so the app and the notebooks speak one language.
 */
export const LAST_LINK_KEY = 'sagstal:last-link';

/** The stored query string ('' when none, or when storage is disabled). */
export function readStoredLink(): string {
  try {
    return localStorage.getItem(LAST_LINK_KEY) ?? '';
  } catch {
    return ''; // storage can be disabled; then every visit starts fresh
  }
}

export function rememberLink(link: string): void {
  try {
    localStorage.setItem(LAST_LINK_KEY, link);
  } catch {
    // Private mode or a full quota: nothing to keep, nothing lost.
  }
}

/** The link the page opens: the address's own, or the stored one when the address is bare. */
export function openingLink(): { search: string; hash: string } {
  if (location.search !== '') return { search: location.search, hash: location.hash };
  const stored = readStoredLink();
  const at = stored.indexOf('#');
  return at < 0 ? { search: stored, hash: '' } : { search: stored.slice(0, at), hash: stored.slice(at) };
}

/**
 * Whether a link can only open today against today: nothing in it but the language and the
 * model version. Read before the explorer's code has loaded, to hold the verdict's room (a
 * head alone against itself, a few lines otherwise) from the first paint; the first numbers
 * then say exactly which.
 */
export function opensOnToday(link: { search: string; hash: string }): boolean {
  return link.hash === '' && [...new URLSearchParams(link.search).keys()].every((key) => key === 'lang' || key === 'v');
}

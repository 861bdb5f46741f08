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

/** Settings a presenter chose, kept in this browser; storage may be unavailable (private mode, file://). */
export function remembered(key: string): string | null {
  try {
    return window.localStorage.getItem(`deck.${key}`);
  } catch {
    return null;
  }
}

export function remember(key: string, value: string): void {
  try {
    window.localStorage.setItem(`deck.${key}`, value);
  } catch {
    // Not kept: the setting still applies to this visit.
  }
}

/**
 * Settings a presenter chose, kept in this browser (localStorage), and the state of the talk under
 * way, kept in this tab until it closes (sessionStorage) so that a reload (F5) does not lose it.
 * Storage may be unavailable (private mode, file://): then nothing is kept, and nothing breaks.
 */
type Kept = 'localStorage' | 'sessionStorage';

function read(kind: Kept, key: string): string | null {
  try {
    return window[kind].getItem(`deck.${key}`);
  } catch {
    return null;
  }
}

function write(kind: Kept, key: string, value: string | null): void {
  try {
    if (value === null) window[kind].removeItem(`deck.${key}`);
    else window[kind].setItem(`deck.${key}`, value);
  } catch {
    // Not kept: the setting still applies to this visit.
  }
}

export const remembered = (key: string): string | null => read('localStorage', key);
export const remember = (key: string, value: string): void => write('localStorage', key, value);

/** The talk under way, in this tab: survives a reload, ends with the tab. */
export const keptForTalk = (key: string): string | null => read('sessionStorage', key);
export const keepForTalk = (key: string, value: string | null): void => write('sessionStorage', key, value);

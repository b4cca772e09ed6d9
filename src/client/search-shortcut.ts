// Which key presses open search: "/" and Ctrl+K or ⌘K, but never while the reader is typing.

/** The parts of a keyboard event the decision needs. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The element that has focus (the event's target). */
  target: { tagName?: string; isContentEditable?: boolean } | null;
}

/** True when the key press should open the search dialog. */
export function isSearchShortcut(press: KeyPress): boolean {
  const tag = press.target?.tagName;
  const typing = tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || Boolean(press.target?.isContentEditable);
  if ((press.ctrlKey || press.metaKey) && !press.altKey && press.key.toLowerCase() === 'k') return true;
  return !typing && press.key === '/' && !press.ctrlKey && !press.metaKey && !press.altKey;
}

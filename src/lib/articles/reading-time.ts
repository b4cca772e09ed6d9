// How long an article takes to read, at an easy pace for readers who may be in pain.

const WORDS_PER_MINUTE = 200;

/** Whole minutes (at least 1) to read the given text. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

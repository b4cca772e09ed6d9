// A sign's wording starts lower case, to complete "… if you have:"; a list item starts it upper case.

/** The text with its first letter upper case. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

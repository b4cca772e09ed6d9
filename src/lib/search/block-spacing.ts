// Pagefind joins the text of neighbouring elements as written, so "<dt>Serves</dt><dd>Front"
// was indexed as "ServesFront" and a checklist's buttons as "LinkPrintStart". Putting a space
// on each side of every tag that starts a separate box for the reader (blocks, list items,
// table cells, form controls) before indexing keeps words apart; it changes no text inside
// an element.

/** Elements whose text a reader sees apart from the text around them. */
export const SEPARATE_TAGS = ['address', 'article', 'aside', 'blockquote', 'br', 'button', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'label', 'legend', 'li', 'main', 'nav', 'ol', 'option', 'p', 'section', 'select', 'summary', 'table', 'tbody', 'td', 'textarea', 'tfoot', 'th', 'thead', 'tr', 'ul'];

const SEPARATE_TAG = new RegExp(`<\\/?(?:${SEPARATE_TAGS.join('|')})\\b[^>]*>`, 'gi');

/** The HTML with a space before and after every tag of a separate box. */
export function spaceBlocks(html: string): string {
  return html.replace(SEPARATE_TAG, ' $& ');
}

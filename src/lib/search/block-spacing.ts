// Pagefind joins the text of neighbouring elements as written, so "<dt>Serves</dt><dd>Front"
// was indexed as "ServesFront" and a heading ran into the paragraph before it. Putting a space
// on each side of every block-level tag before indexing keeps words apart; it changes no
// text inside an element.

const BLOCK_TAG = /<\/?(?:address|article|aside|blockquote|br|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)\b[^>]*>/gi;

/** The HTML with a space before and after every block-level tag. */
export function spaceBlocks(html: string): string {
  return html.replace(BLOCK_TAG, ' $& ');
}

// Reference pages: knee problems that are not from the back (and getting physiotherapy),
// written from shared/reference alone (frontmatter `writtenFrom: references`). No article
// quotes them, so their pages say so.

/** Whether a topic entry is a reference page. */
export function isReferencePage(topic: { data: { writtenFrom?: string } }): boolean {
  return topic.data.writtenFrom === 'references';
}

/** Where the index of reference pages lives on the conditions index. */
export const NOT_FROM_THE_BACK_ANCHOR = 'not-from-the-back';

// Publisher notices: what to tell the reader at the top of an article whose source comes from a
// clinic that sells treatments. (Our editors' notes on single claims are content:
// content/editor-notes.yaml.)

/** Source ids (content/sources/sources.yaml) whose publisher sells treatments, and what to tell the reader. */
export const SELLER_NOTICES: Readonly<Record<string, string>> = {
  'regenexx-three-signs': 'This article comes from the blog of Regenexx, a clinic that sells its own procedures. Some of its claims are the clinic’s own view. Our editors’ notes below say where the evidence differs.',
  'ultimate-guide': 'This article comes from the blog of a clinic that sells treatments (the copy we have does not name it). Our editors’ notes below say where the evidence differs.',
};

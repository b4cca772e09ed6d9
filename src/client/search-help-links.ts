// Where the "nothing found" state sends a reader: the warning signs first, then the checklist
// and every topic index (the same places /search/ lists for browsers without JavaScript).
import { href } from '../lib/site/urls.ts';
import { KIND_LABEL, KIND_PATH, TOPIC_KINDS } from '../lib/topics/topic-kinds.ts';

/** The links, labelled as readers see them. */
export const HELP_LINKS: { label: string; href: string }[] = [
  { label: 'Warning signs: when to get help now', href: href('/urgent-help/') },
  { label: 'Sign checklist: which signs do you have?', href: href('/tools/sign-checklist/') },
  { label: 'All topics', href: href('/topics/') },
  ...TOPIC_KINDS.map((kind) => ({ label: KIND_LABEL[kind], href: href(`/${KIND_PATH[kind]}/`) })),
  { label: 'All articles', href: href('/articles/') },
];

// Every reason the import logs a removal under, and what it means in a reader's words (shown
// on /sources/). One list, so a new kind of removal cannot reach the site unexplained.

/** The reasons, by kind. */
export const REASONS = {
  skipLink: 'site chrome: skip link',
  phone: 'site chrome: call-to-action with a phone number',
  feedback: 'site chrome: feedback prompt',
  share: 'site chrome: sharing or sign-up prompt',
  imageCredit: 'image credit',
  imageCaption: 'image caption',
  advert: 'site chrome: advertisement label',
  readingPrompt: 'site chrome: "continue reading" prompt',
  related: 'site chrome: links to other articles',
  copyright: 'site chrome: copyright line',
  cookies: 'site chrome: cookie notice',
  footerLinks: 'site chrome: privacy and terms links',
  breadcrumbs: 'site chrome: breadcrumb trail',
  navigation: 'site chrome: navigation',
  promotion: 'promotion for the publisher',
  openingHours: 'site chrome: opening hours',
  pageHeader: 'site chrome: page header above the title',
  video: 'refers to a video that is not part of the article',
  attribution: 'attribution line (moved to metadata)',
  byline: 'byline (moved to metadata)',
  review: 'review line (moved to metadata)',
  dateLine: 'date line (moved to metadata)',
  frontmatterImage: 'image in the frontmatter (not republished)',
} as const;

const PLAIN: Record<string, string> = {
  [REASONS.skipLink]: 'A link for skipping the web page’s menu',
  [REASONS.phone]: 'An advert with a phone number',
  [REASONS.feedback]: 'The web page’s “was this helpful?” question',
  [REASONS.share]: 'Buttons and invitations to share the page or sign up for emails',
  [REASONS.imageCredit]: 'Picture credits (we do not show the pictures)',
  [REASONS.imageCaption]: 'Picture captions (we do not show the pictures)',
  [REASONS.advert]: 'A label marking an advert',
  [REASONS.readingPrompt]: 'A “continue reading” note between adverts',
  [REASONS.related]: 'Links to other articles on the same website',
  [REASONS.copyright]: 'The website’s copyright line',
  [REASONS.cookies]: 'The website’s notice about cookies',
  [REASONS.footerLinks]: 'Links to the website’s privacy and terms pages',
  [REASONS.breadcrumbs]: 'The trail of links showing where the page sits on the website',
  [REASONS.navigation]: 'The website’s menus and lists of sections',
  [REASONS.promotion]: 'An advert for the publisher’s own services',
  [REASONS.openingHours]: 'The publisher’s opening hours',
  [REASONS.pageHeader]: 'The website’s header above the article’s title',
  [REASONS.video]: 'A mention of a video we do not have',
  [REASONS.attribution]: 'The “edited by” or “written by” line, which we show above the article instead',
  [REASONS.byline]: 'The author’s name line, which we show above the article instead',
  [REASONS.review]: 'The “reviewed by” line (who checked the page and when)',
  [REASONS.dateLine]: 'The page’s “published” or “updated” date line',
  [REASONS.frontmatterImage]: 'A picture we do not republish',
  'HTML comment': 'Notes hidden in the web page’s code',
  'document type declaration': 'The web page’s code header',
  'image caption or credit': 'Picture captions and credits (we do not show the pictures)',
  'empty element': 'Empty space left by the web page’s layout',
  'event handler attribute': 'Hidden code from the web page that runs when clicked',
  'unsafe link target': 'A link that could run code or leave the page unsafely (its words are kept)',
  'image (not republished)': 'A picture we do not republish',
};

/** A removal reason in plain words; undefined when the reason is unknown (a test fails). */
export function plainWordsOf(reason: string): string | undefined {
  if (reason.startsWith('executable or embedded markup')) return 'Hidden code from the web page, such as tracking scripts or embedded players';
  return PLAIN[reason];
}

// Site-wide names and settings.

/** The site's name, as shown in the header, titles and previews. */
export const SITE_NAME = 'Back to Knee';

/** The question the whole site answers. */
export const SITE_QUESTION = 'Can my knee pain come from my back?';

/** How long after a review the next one is due, in months. */
export const REVIEW_INTERVAL_MONTHS = 12;

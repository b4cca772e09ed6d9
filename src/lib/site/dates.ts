// Dates as readers see them, and the review schedule.
import { REVIEW_INTERVAL_MONTHS } from '../../consts.ts';

const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "13 March 2016" (UTC, so a date never shifts a day with the build machine's time zone). */
export function formatDate(date: Date): string {
  return format.format(date);
}

/** "2016-03-13", for <time datetime> and machine-readable fields. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** When the next review of content reviewed on `reviewed` is due. */
export function nextReview(reviewed: Date): Date {
  const due = new Date(reviewed);
  due.setUTCMonth(due.getUTCMonth() + REVIEW_INTERVAL_MONTHS);
  return due;
}

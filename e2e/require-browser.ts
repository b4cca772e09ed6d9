// Stops `npm test` with instructions, not a stack trace, when no browser is installed.
import { findBrowser, NO_BROWSER_HELP } from './find-browser.ts';

if (!findBrowser()) {
  console.error(NO_BROWSER_HELP);
  process.exit(1);
}

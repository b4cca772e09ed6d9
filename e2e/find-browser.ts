// Which Chromium the end-to-end tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// else the browser Playwright downloaded for itself (if any).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The path of a usable Chromium, or undefined when there is none. */
export function findBrowser(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', playwrightOwnBrowser()];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}

function playwrightOwnBrowser(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** What to tell someone who has no browser for the tests. */
export const NO_BROWSER_HELP = `No Chromium found for the end-to-end tests. Do one of these, then run npm test again:
  - on Debian or Ubuntu: sudo apt-get install chromium
  - anywhere with internet access: npx playwright install chromium
  - or point CHROMIUM_PATH at an installed Chromium or Chrome: CHROMIUM_PATH=/path/to/chrome npm test`;

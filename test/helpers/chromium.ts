/**
 * How Tilik drives Chromium everywhere (e2e tests, benchmarks, the README screenshot): Debian's
 * /usr/bin/chromium through Playwright, never a downloaded browser, with the background network
 * features off because this machine has no internet, and the browser's own UI pages off because
 * nobody sees them.
 */
import fs from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium 156 in headless mode still builds its address-bar popup (a WebUI page of ~400 modules)
  // for every new window; on a 2-core machine that doubled the editor's measured load time.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

export function chromiumLaunchOptions() {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`);
  }
  return { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS };
}

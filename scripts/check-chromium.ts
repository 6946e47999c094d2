// Fails early, with install instructions, when no browser is there for the browser tests.
import { findChromium, INSTALL_HINT } from './browser';

const found = findChromium();
if (!found) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
console.log(`Browser tests use ${found}`);

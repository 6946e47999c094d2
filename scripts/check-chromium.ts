// Fails early, with install instructions, when no browser is there for the browser tests.
import { requireChromium } from './browser';

console.log(`Browser tests use ${requireChromium()}`);

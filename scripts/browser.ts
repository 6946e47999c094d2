import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

const CANDIDATES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT = [
  'No Chromium or Chrome was found.',
  'Install one, for example:',
  '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
  '  macOS:         brew install --cask chromium',
  'or point CHROMIUM_PATH at a Chrome or Chromium executable:',
  '  CHROMIUM_PATH=/path/to/chrome npm test',
].join('\n');

function onPath(name: string): string | null {
  if (name.startsWith('/')) return existsSync(name) ? name : null;
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const full = join(dir, name);
    if (dir && existsSync(full)) return full;
  }
  return null;
}

/** The browser to drive: $CHROMIUM_PATH, else the first Chromium or Chrome found on the machine. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const name of CANDIDATES) {
    const found = onPath(name);
    if (found) return found;
  }
  return null;
}

/** The browser to use, or exit with install instructions: for scripts that cannot run without one. */
export function requireChromium(): string {
  const found = findChromium();
  if (found) return found;
  console.error(INSTALL_HINT);
  process.exit(1);
}

export type Launched = {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
};

/**
 * Starts Chromium with the unpacked extension in a fresh profile. Extensions need a persistent
 * context and the new headless mode; Playwright's default --disable-extensions must go.
 */
export async function launchWithExtension(extensionDir: string, options: { headless?: boolean; lang?: 'en' | 'fr' } = {}): Promise<Launched> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const dir = resolve(extensionDir);
  const profile = mkdtempSync(join(tmpdir(), 'ballot-guard-profile-'));
  const lang = options.lang ?? 'en';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    locale: lang === 'fr' ? 'fr-CA' : 'en-CA',
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'fr' ? 'fr_CA.UTF-8' : 'en_CA.UTF-8' },
    args: [
      ...(options.headless === false ? [] : ['--headless=new']),
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      `--lang=${lang}`,
      // No traffic of the browser's own: it would be refused here, and it is not ours to measure.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
  const worker = await serviceWorker(context, 15_000);
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.css': 'text/css' };

/** Serves a folder on 127.0.0.1 (a random port); `headers` lets a fixture ask for e.g. a strict CSP. */
export async function serveFolder(folder: string, headers: Record<string, Record<string, string>> = {}): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const root = resolve(folder);
    const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...(headers[path] ?? {}) });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { origin: `http://127.0.0.1:${address.port}`, server };
}

/** The extension's service worker, waiting for it when the browser has stopped it. */
export async function serviceWorker(context: BrowserContext, timeout = 30_000): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout }));
}

/**
 * Calls one of the test build's hooks (the handlers the context menu and the keyboard command
 * call) for the tab showing `page`. A person's right-click or shortcut targets the active tab, so
 * the page is brought to the front first; a chrome:// tab's URL is hidden without the tabs
 * permission, so the tab is found as the active one.
 */
export async function callOnActiveTab(context: BrowserContext, page: Page, hook: 'menuClick' | 'command', info?: Record<string, string>): Promise<string> {
  await page.bringToFront();
  const worker = await serviceWorker(context);
  return worker.evaluate(
    async ({ hook, info }) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (!tab) throw new Error('no active tab');
      const test = (globalThis as unknown as { ballotGuardTest: { menuClick: (i: unknown, t: unknown) => Promise<string>; command: (t: unknown) => Promise<string> } }).ballotGuardTest;
      return hook === 'command' ? test.command(tab) : test.menuClick(info, tab);
    },
    { hook, info },
  );
}

/** Calls, in the test build, the same handler the context menu calls, for the tab showing `page`. */
export function flagPage(context: BrowserContext, page: Page, info: Record<string, string>): Promise<string> {
  return callOnActiveTab(context, page, 'menuClick', { menuItemId: 'flag-page', pageUrl: page.url(), ...info });
}

/** The node id of the panel's shadow root (closed to page scripts, open to DevTools), if the panel is there. */
export async function panelShadowRoot(cdp: CDPSession): Promise<number | undefined> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type Node = { nodeName: string; nodeId: number; children?: Node[]; shadowRoots?: Node[] };
  const find = (node: Node): Node | undefined => {
    if (node.nodeName === 'BALLOT-GUARD-PANEL') return node;
    for (const child of node.children ?? []) {
      const hit = find(child);
      if (hit) return hit;
    }
    return undefined;
  };
  return find(root as Node)?.shadowRoots?.[0]?.nodeId;
}

/** Selects the text of an element, as a person dragging over it would, and returns it. */
export async function selectText(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const node = document.querySelector(sel)!;
    node.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(node);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  }, selector);
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
const source = ['components', 'entrypoints', 'lib'].flatMap(files).filter((f) => /\.(ts|tsx)$/.test(f));

describe('project layout', () => {
  it.each(files('components').filter((f) => f.endsWith('.tsx')))('%s has a test next to its name', (file) => {
    const name = file.split('/').pop()!.replace('.tsx', '');
    expect(files('tests/unit/components'), `add tests/unit/components/${name}.test.tsx`).toContain(`tests/unit/components/${name}.test.tsx`);
  });

  it('never writes HTML from strings: page text only ever reaches the DOM as text', () => {
    const sinks = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write)\b/;
    expect(source.filter((f) => sinks.test(readFileSync(join(root, f), 'utf8')))).toEqual([]);
  });

  it('keeps browser.* at the edge: lib/ gets the APIs passed in', () => {
    expect(files('lib').filter((f) => /\bbrowser\.[a-z]+\.|\bchrome\.[a-z]+\./.test(readFileSync(join(root, f), 'utf8')))).toEqual([]);
  });

  it('makes no network request from its own code', () => {
    const network = /\b(fetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource)\b/;
    expect(source.filter((f) => network.test(readFileSync(join(root, f), 'utf8')))).toEqual([]);
  });
});

import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe on a rendered container. jsdom has no layout, so colour contrast and target size are
 * checked in the browser tests instead (axe-core #595, #4021).
 */
export async function expectAccessible(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
  });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const json = await page.evaluate(`(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return JSON.stringify(result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })));
  })()`);
  return (JSON.parse(String(json)) as AxeViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export interface LayoutProblem {
  readonly kind: 'overflow' | 'overlap' | 'page-scrolls-sideways';
  readonly detail: string;
}

/**
 * Text cut or spilling out of its box, controls drawn over each other, a page wider than the
 * screen: what "no overlapping or cut text" means, measured in the page.
 */
export async function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  const json = await page.evaluate(`(() => {
    const problems = [];
    const describe = (el) => (el.id ? '#' + el.id : el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')) + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
    if (document.documentElement.scrollWidth > window.innerWidth + 1) problems.push({ kind: 'page-scrolls-sideways', detail: document.documentElement.scrollWidth + ' > ' + window.innerWidth });
    const modal = document.querySelector('dialog[open]');
    const scope = modal || document.getElementById('ui');
    const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !el.closest('.sr-only') && !el.closest('details:not([open]) > :not(summary)'); };
    for (const el of scope.querySelectorAll('h1, h2, h3, h4, p, li, label, button, a, span, td, th, summary, legend')) {
      if (!visible(el)) continue;
      const s = getComputedStyle(el);
      if (s.display === 'inline') continue;
      if (el.scrollWidth > el.clientWidth + 2 && s.overflowX === 'visible') problems.push({ kind: 'overflow', detail: describe(el) + ' ' + el.scrollWidth + '>' + el.clientWidth });
      if (el.scrollHeight > el.clientHeight + 2 && (s.overflowY === 'hidden' || s.overflowY === 'clip')) problems.push({ kind: 'overflow', detail: describe(el) + ' cut vertically' });
    }
    // A bar pinned to the screen (the phone's end-turn footer) floats over the page as it scrolls: what
    // lies under it at this scroll position is reachable by scrolling, so only pinned-with-pinned counts.
    const pinned = (el) => { for (let e = el; e; e = e.parentElement) { const p = getComputedStyle(e).position; if (p === 'fixed' || p === 'sticky') return true; } return false; };
    const controls = [...scope.querySelectorAll('button, a[href], input, select, textarea, summary')].filter(visible);
    const rects = controls.map((el) => el.getBoundingClientRect());
    for (let i = 0; i < controls.length; i += 1) {
      for (let j = i + 1; j < controls.length; j += 1) {
        const a = rects[i], b = rects[j];
        if (controls[i].contains(controls[j]) || controls[j].contains(controls[i])) continue;
        if (pinned(controls[i]) !== pinned(controls[j])) continue;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 2 && h > 2) problems.push({ kind: 'overlap', detail: describe(controls[i]) + ' / ' + describe(controls[j]) });
      }
    }
    return JSON.stringify(problems);
  })()`);
  return JSON.parse(String(json)) as LayoutProblem[];
}

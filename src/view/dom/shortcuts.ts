import type { ViewContext } from './view-context';

/** Keys typed into a text field are text; on a radio button or a checkbox they may be shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !['radio', 'checkbox', 'button'].includes(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

function press(root: HTMLElement, selector: string): boolean {
  const control = root.querySelector<HTMLElement>(selector);
  if (control === null) return false;
  control.click();
  return true;
}

/**
 * Single-key shortcuts (listed in the help dialog). Each one clicks the same DOM control a pointer
 * would, so there is one code path per command. Held-down keys are ignored: a repeat must never
 * toggle a card twice or end two turns.
 */
export function installShortcuts(root: HTMLElement, ctx: ViewContext): () => void {
  const onKey = (event: KeyboardEvent): void => {
    if (event.repeat || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const { screen, phase } = ctx.session.getState();
    const { open, show } = ctx.panels.getState();
    if (open !== null || screen !== 'desk') return;
    const key = event.key.toLowerCase();
    let handled = false;
    if (phase === 'decision' && /^[1-9]$/.test(key)) {
      const card = root.querySelectorAll<HTMLElement>('.cards:not(.standing) .card-button')[Number(key) - 1];
      card?.click();
      card?.focus();
      handled = card !== undefined;
    } else if (phase === 'decision' && key === 'e') {
      handled = press(root, '.end-turn');
    } else if (phase === 'resolution' && key === 'n') {
      handled = press(root, '[data-action="next"]');
    } else if (phase === 'resolution' && key === 'c') {
      handled = press(root, '[data-action="continue"]');
    } else if (key === '?') {
      show('help');
      handled = true;
    } else if (key === 's') {
      show('settings');
      handled = true;
    } else if (key === 'm') {
      const settings = ctx.settings.getState();
      settings.update({ muted: !settings.muted });
      handled = true;
    }
    if (handled) event.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

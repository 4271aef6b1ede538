import { html, svg, type TemplateResult } from 'lit-html';
import { translatorFor, type ViewContext } from './view-context';

const icon = (path: TemplateResult): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">${path}</svg>`;

/** The desk's tool buttons: help, settings and saved games, each a named button with a shortcut. */
export function toolbar(ctx: ViewContext): TemplateResult {
  const t = translatorFor(ctx.settings.getState().language);
  const { show } = ctx.panels.getState();
  return html`<div class="toolbar">
    <button type="button" aria-keyshortcuts="?" @click=${() => show('help')}>
      ${icon(
        svg`<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/><path d="M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5V14M12 17.5v.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`,
      )}
      <span class="sr-only">${t('help.open')}</span>
    </button>
    <button type="button" aria-keyshortcuts="S" @click=${() => show('settings')}>
      ${icon(
        svg`<circle cx="12" cy="12" r="3" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`,
      )}
      <span class="sr-only">${t('settings.open')}</span>
    </button>
    <button type="button" @click=${() => show('saves')}>
      ${icon(
        svg`<path d="M5 3h11l3 3v15H5z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M8 3v5h7V3M8 21v-7h8v7" fill="none" stroke="currentColor" stroke-width="2"/>`,
      )}
      <span class="sr-only">${t('saves.open')}</span>
    </button>
  </div>`;
}

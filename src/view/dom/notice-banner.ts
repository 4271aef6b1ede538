import { html, nothing, type TemplateResult } from 'lit-html';
import { translatorFor, type ViewContext } from './view-context';

/** A message not tied to any control (a failed save, a damaged file): shown until dismissed. */
export function noticeBanner(ctx: ViewContext): TemplateResult | typeof nothing {
  const { notice, notify } = ctx.panels.getState();
  if (notice === null) return nothing;
  const t = translatorFor(ctx.settings.getState().language);
  return html`<div class="notice ${notice.kind}" role=${notice.kind === 'error' ? 'alert' : 'status'}>
    <p>${notice.text}</p>
    <button type="button" @click=${() => notify(null)}>${t('settings.close')}</button>
  </div>`;
}

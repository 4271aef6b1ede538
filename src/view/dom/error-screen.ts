import { html, type TemplateResult } from 'lit-html';
import { formatDiagnostic } from '../../content';
import { translatorFor, type ViewContext } from './view-context';

/** Shown instead of a blank page when the scenario does not pass the checker. */
export function errorScreen(ctx: ViewContext): TemplateResult {
  const { diagnostics } = ctx.session.getState();
  const t = translatorFor(ctx.settings.getState().language);
  return html`<section class="screen error-screen" aria-labelledby="error-heading">
    <h1 id="error-heading" tabindex="-1" data-autofocus="error">${t('error.title')}</h1>
    <p>${t('error.intro')}</p>
    <ol class="diagnostics">
      ${diagnostics.map((d) => html`<li class=${d.severity}><code>${formatDiagnostic(d)}</code></li>`)}
    </ol>
  </section>`;
}

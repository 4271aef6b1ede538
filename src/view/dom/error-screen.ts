import { html, type TemplateResult } from 'lit-html';
import { formatDiagnostic } from '../../content/diagnostics';
import { translatorFor, type ViewContext } from './view-context';

/** Shown instead of a blank page when a scenario does not pass the checker: every problem, located. */
export function errorScreen(ctx: ViewContext): TemplateResult {
  const { diagnostics } = ctx.session.getState();
  const { commands } = ctx;
  const t = translatorFor(ctx.settings.getState().language);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  return html`<section class="screen error-screen" aria-labelledby="error-heading">
    <h1 id="error-heading" tabindex="-1" data-autofocus="error">${t('error.title')}</h1>
    <p>${t('error.intro')}</p>
    <ol class="diagnostics">
      ${[...errors, ...warnings].map((d) => html`<li class=${d.severity}><code>${formatDiagnostic(d)}</code></li>`)}
    </ol>
    <button type="button" class="primary" @click=${() => commands.chooseScenario('')}>${t('error.back')}</button>
  </section>`;
}

/** A class link that cannot be used: what is wrong with it, and a way to play anyway. */
export function classErrorScreen(ctx: ViewContext): TemplateResult {
  const { classProblem } = ctx.session.getState();
  const { commands } = ctx;
  const t = translatorFor(ctx.settings.getState().language);
  return html`<section class="screen error-screen" aria-labelledby="class-error-heading">
    <h1 id="class-error-heading" tabindex="-1" data-autofocus="class-error">${t('class.title')}</h1>
    <p>${t('class.intro', { problem: classProblem ?? '' })}</p>
    <button type="button" class="primary" @click=${() => commands.chooseScenario('')}>${t('class.playAlone')}</button>
  </section>`;
}

import { html, nothing, type TemplateResult } from 'lit-html';
import { predictionLabel } from '../../ui/prediction-view';
import { stories } from '../../ui/story-view';
import { storyItem } from './story-item';
import { translatorFor, type ViewContext } from './view-context';

/**
 * The turn's outcome on the desk, revealed one consequence at a time (each with its cause), while
 * the meters move and the arcs cross the map beside it: players read what their decisions did
 * without a window over the board. The header and the options change only when the next turn opens.
 */
export function resultSide(ctx: ViewContext): TemplateResult {
  const { scenario, game } = ctx.session.getState();
  const { language } = ctx.settings.getState();
  const { revealed } = ctx.panels.getState();
  if (scenario === null || game === null) return html``;
  const t = translatorFor(language);
  const record = game.turns.at(-1);
  if (record === undefined) return html``;
  const outcome = stories(scenario, game, record.turn, 'resolution', language);
  const shown = Math.min(Math.max(revealed, 1), outcome.length);
  const prediction = record.prediction;
  const label = (id: string | null): string => predictionLabel(scenario, prediction?.track ?? '', id, language);
  return html`<section class="panel results" aria-labelledby="result-heading">
    <h2 id="result-heading" tabindex="-1" data-autofocus="result">${t('result.title')}</h2>
    ${prediction === null
      ? nothing
      : html`<p class="prediction-result ${prediction.option === prediction.correct ? 'right' : 'wrong'}">
          <span aria-hidden="true">${prediction.option === prediction.correct ? '✓' : '✗'}</span>
          ${t('result.youPredicted', { choice: label(prediction.option), actual: label(prediction.correct) })}
        </p>`}
    ${outcome.length === 0
      ? html`<p class="quiet">${t('result.nothing')}</p>`
      : html`<ol class="news reveal">
          ${outcome.slice(0, shown).map((story, index) => storyItem(story, t, index === shown - 1 && shown > 1 ? 'revealed' : undefined))}
        </ol>`}
    ${outcome.length > 1 ? html`<p class="progress">${t('result.progress', { shown, total: outcome.length })}</p>` : nothing}
  </section>`;
}

/** The footer's buttons while results play out: the next consequence, all of them, then on to the next turn. */
export function resultControls(ctx: ViewContext): TemplateResult {
  const { scenario, game } = ctx.session.getState();
  const { language } = ctx.settings.getState();
  const { revealed, reveal } = ctx.panels.getState();
  if (scenario === null || game === null) return html``;
  const t = translatorFor(language);
  const record = game.turns.at(-1);
  const outcome = record === undefined ? [] : stories(scenario, game, record.turn, 'resolution', language);
  const shown = Math.min(Math.max(revealed, 1), outcome.length);
  if (shown < outcome.length) {
    return html`<button type="button" @click=${() => reveal(outcome.length)}>${t('result.showAll')}</button>
      <button type="button" class="primary" data-action="next" @click=${() => reveal(shown + 1)}>${t('result.next')}</button>`;
  }
  return html`<button type="button" class="primary" data-action="continue" @click=${() => ctx.commands.send({ type: 'player.continue' })}>
    ${game.ending !== null ? t('result.toEnding') : t('result.continue')}
  </button>`;
}

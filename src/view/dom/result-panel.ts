import { html, nothing, type TemplateResult } from 'lit-html';
import { stories } from '../../ui/story-view';
import { storyItem } from './story-item';
import { modal } from './modal';
import { translatorFor, type ViewContext } from './view-context';
import { predictionLabel } from '../../ui/prediction-view';

/**
 * The turn's outcome, revealed one consequence at a time (each with its cause), so players read
 * what their decisions did instead of clicking through. The board follows the reveal.
 */
export function resultPanel(ctx: ViewContext): TemplateResult {
  const { scenario, game } = ctx.session.getState();
  const { commands } = ctx;
  const { language } = ctx.settings.getState();
  const { revealed, reveal } = ctx.panels.getState();
  if (scenario === null || game === null) return html``;
  const t = translatorFor(language);
  const record = game.turns.at(-1);
  if (record === undefined) return html``;
  const outcome = stories(scenario, game, record.turn, 'resolution', language);
  const shown = Math.min(Math.max(revealed, 1), outcome.length);
  const done = shown >= outcome.length;
  const prediction = record.prediction;
  const optionLabel = (id: string | null): string => predictionLabel(scenario, prediction?.track ?? '', id, language);
  const over = game.ending !== null;
  const body = html`<div class="modal-body">
    <h2 id="result-heading" tabindex="-1" data-autofocus="result">${t('result.title')}</h2>
    ${prediction === null
      ? nothing
      : html`<p class="prediction-result ${prediction.option === prediction.correct ? 'right' : 'wrong'}">
          <span aria-hidden="true">${prediction.option === prediction.correct ? '✓' : '✗'}</span>
          ${t('result.youPredicted', { choice: optionLabel(prediction.option), actual: optionLabel(prediction.correct) })}
        </p>`}
    ${outcome.length === 0
      ? html`<p class="quiet">${t('result.nothing')}</p>`
      : html`<ol class="news reveal">
          ${outcome.slice(0, shown).map((story, index) => storyItem(story, t, index === shown - 1 && shown > 1 ? 'revealed' : undefined))}
        </ol>`}
    ${outcome.length > 1 ? html`<p class="progress">${t('result.progress', { shown, total: outcome.length })}</p>` : nothing}
    <div class="row end overlay-actions">
      ${done
        ? html`<button type="button" class="primary" data-action="continue" @click=${() => commands.send({ type: 'player.continue' })}>
            ${over ? t('result.toEnding') : t('result.continue')}
          </button>`
        : html`<button type="button" @click=${() => reveal(outcome.length)}>${t('result.showAll')}</button>
            <button type="button" class="primary" data-action="next" @click=${() => reveal(shown + 1)}>${t('result.next')}</button>`}
    </div>
  </div>`;
  return modal({ id: 'result-dialog', labelledBy: 'result-heading', closable: false, body, wide: true });
}

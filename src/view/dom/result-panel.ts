import { html, nothing, type TemplateResult } from 'lit-html';
import { stories } from '../../ui/desk-view';
import { localize } from '../../ui/i18n/translate';
import { storyItem } from './desk-screen';
import { translatorFor, type ViewContext } from './view-context';

/** The turn's outcome: what the player's decisions did and how the world reacted, each with its cause. */
export function resultPanel(ctx: ViewContext): TemplateResult {
  const { scenario, game, commands } = ctx.session.getState();
  const { language } = ctx.settings.getState();
  if (scenario === null || game === null) return html``;
  const t = translatorFor(language);
  const record = game.turns.at(-1);
  if (record === undefined) return html``;
  const outcome = stories(scenario, game, record.turn, 'resolution', language);
  const prediction = record.prediction;
  const optionLabel = (id: string | null): string =>
    localize(scenario.prediction?.options.find((option) => option.id === id)?.label, language);
  const over = game.ending !== null;
  return html`<section class="overlay" role="dialog" aria-modal="true" aria-labelledby="result-heading">
    <div class="overlay-card">
      <h2 id="result-heading" tabindex="-1" data-autofocus="result">${t('result.title')}</h2>
      ${prediction === null
        ? nothing
        : html`<p class="prediction-result ${prediction.option === prediction.correct ? 'right' : 'wrong'}">
            ${t('result.youPredicted', { choice: optionLabel(prediction.option), actual: optionLabel(prediction.correct) })}
          </p>`}
      ${outcome.length === 0
        ? html`<p class="quiet">${t('result.nothing')}</p>`
        : html`<ol class="news">
            ${outcome.map((story) => storyItem(story, t))}
          </ol>`}
      <div class="overlay-actions">
        <button type="button" class="primary" @click=${() => commands.send({ type: 'player.continue' })}>
          ${over ? t('result.toEnding') : t('result.continue')}
        </button>
      </div>
    </div>
  </section>`;
}

import { html, type TemplateResult } from 'lit-html';
import { endingById } from '../../engine';
import { meterViews } from '../../ui/desk-view';
import { localize } from '../../ui/i18n/translate';
import { translatorFor, type ViewContext } from './view-context';

export function endingScreen(ctx: ViewContext): TemplateResult {
  const { scenario, game, commands } = ctx.session.getState();
  const { language } = ctx.settings.getState();
  if (scenario === null || game?.ending === null || game?.ending === undefined) return html``;
  const t = translatorFor(language);
  const ending = endingById(scenario, game.ending.id);
  const meters = meterViews(scenario, game, language);
  return html`<section class="screen ending-screen tone-${ending.tone}" aria-labelledby="ending-heading">
    <div class="ending-card">
      <p class="eyebrow">${t('ending.turn', { turn: game.ending.turn, total: scenario.turns })}</p>
      <h1 id="ending-heading" tabindex="-1" data-autofocus="ending">${t('ending.title', { title: localize(ending.title, language) })}</h1>
      <p class="ending-text">${localize(ending.text, language)}</p>
      <h2>${t('ending.finalMeters')}</h2>
      <ul class="final-meters">
        ${meters.map((meter) => html`<li>${meter.rung === null ? `${meter.label}: ${meter.value}` : `${meter.label}: ${meter.rung}`}</li>`)}
      </ul>
      <button type="button" class="primary" @click=${() => commands.backToTitle()}>${t('ending.playAgain')}</button>
    </div>
  </section>`;
}

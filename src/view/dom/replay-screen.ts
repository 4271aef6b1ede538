import { html, nothing, type TemplateResult } from 'lit-html';
import { turnHeading } from '../../ui/desk-view';
import { stories } from '../../ui/story-view';
import { localize } from '../../ui/i18n/translate';
import { storyItem } from './story-item';
import { translatorFor, type ViewContext } from './view-context';
import { gameOnScreen } from '../../ui/on-screen';
import { predictionLabel } from '../../ui/prediction-view';

/**
 * A game re-opened from its export, one turn at a time: the board as it stood when the player
 * decided, the news they read, what they chose and what came of it.
 */
export function replayScreen(ctx: ViewContext): TemplateResult {
  const state = ctx.session.getState();
  const { scenario, replay } = state;
  const game = gameOnScreen(state);
  const { commands } = ctx;
  const { language } = ctx.settings.getState();
  if (scenario === null || game === null || replay === null) return html``;
  const t = translatorFor(language);
  const turn = game.turn;
  const heading = turnHeading(scenario, game, language);
  const news = stories(scenario, replay.final, turn, 'briefing', language);
  const outcome = stories(scenario, replay.final, turn, 'resolution', language);
  const decided = outcome.filter((story) => story.fromPlayer);
  const reactions = outcome.filter((story) => !story.fromPlayer);
  const record = replay.final.turns[turn - 1];
  const option = (id: string | null | undefined): string =>
    predictionLabel(scenario, record?.prediction?.track ?? '', id ?? null, language);
  const last = replay.index >= replay.total - 1;
  return html`<div class="screen desk-screen replay-screen">
    <header class="topbar">
      <p class="scenario-name">${t('replay.of', { name: replay.label })} · ${localize(scenario.title, language)}</p>
      <h1 class="turn-heading" tabindex="-1" data-autofocus="replay">${heading.turn} <span class="date">· ${heading.date}</span></h1>
      <div class="row tight">
        <button type="button" ?disabled=${replay.index === 0} @click=${() => commands.replayStep(-1)}>${t('replay.previous')}</button>
        ${last
          ? html`<button type="button" class="primary" @click=${() => commands.replayStep(1)}>${t('replay.ending')}</button>`
          : html`<button type="button" class="primary" @click=${() => commands.replayStep(1)}>${t('replay.next')}</button>`}
        <button type="button" @click=${() => commands.backToTitle()}>${t('replay.exit')}</button>
      </div>
    </header>
    <section class="board" aria-label=${t('desk.meters')}></section>
    <div class="side">
      <section class="briefing" aria-labelledby="replay-news">
        <h2 id="replay-news">${t('desk.briefing')}</h2>
        ${news.length === 0
          ? html`<p class="quiet">${t('desk.noNews')}</p>`
          : html`<ol class="news">
              ${news.map((story) => storyItem(story, t))}
            </ol>`}
      </section>
      <section class="briefing" aria-labelledby="replay-decided">
        <h2 id="replay-decided">${t('debrief.decided')}</h2>
        ${decided.length === 0
          ? html`<p class="quiet">${t('debrief.nothingDecided')}</p>`
          : html`<ol class="news">
              ${decided.map((story) => storyItem(story, t))}
            </ol>`}
        ${record?.prediction === null || record?.prediction === undefined
          ? nothing
          : html`<p class="prediction-result ${record.prediction.option === record.prediction.correct ? 'right' : 'wrong'}">
              ${t('result.youPredicted', { choice: option(record.prediction.option), actual: option(record.prediction.correct) })}
              ${record.prediction.reason === '' ? nothing : html`<br /><q>${record.prediction.reason}</q>`}
            </p>`}
      </section>
      <section class="briefing" aria-labelledby="replay-reactions">
        <h2 id="replay-reactions">${t('debrief.reactions')}</h2>
        ${reactions.length === 0
          ? html`<p class="quiet">${t('result.nothing')}</p>`
          : html`<ol class="news">
              ${reactions.map((story) => storyItem(story, t))}
            </ol>`}
      </section>
    </div>
  </div>`;
}

import { html, nothing, type TemplateResult } from 'lit-html';
import type { GameState, Scenario } from '../../engine';
import { actionCards, capitalLeft, memoViews, meterViews, mostVoted, turnHeading, type ActionCardView } from '../../ui/desk-view';
import { stories } from '../../ui/story-view';
import { localize, translateCount, type Language } from '../../ui/i18n/translate';
import { predictionPanel } from './prediction-panel';
import { resultPanel } from './result-panel';
import { helpDialog, settingsDialog } from './settings-dialog';
import { savesDialog } from './saves-dialog';
import { soundToggle } from './sound-toggle';
import { storyItem } from './story-item';
import { noticeBanner } from './notice-banner';
import { toolbar } from './toolbar';
import { translatorFor, type Translator, type ViewContext } from './view-context';

function capitalPips(scenario: Scenario, game: GameState, left: number, language: Language, t: Translator): TemplateResult {
  const label = localize(scenario.capital.label, language);
  const pips = Array.from({ length: scenario.capital.max }, (_, i) => (i < left ? 'full' : i < game.capital ? 'spent' : 'empty'));
  return html`<p class="capital">
    <span class="sr-only">${t('desk.capital', { label, value: left, max: scenario.capital.max })}</span>
    <span aria-hidden="true">${label}</span>
    <span class="pips" aria-hidden="true">${pips.map((kind) => html`<span class="pip ${kind}"></span>`)}</span>
    <span class="capital-count" aria-hidden="true">${left}/${scenario.capital.max}</span>
  </p>`;
}

function actionCard(card: ActionCardView, index: number, ctx: ViewContext, t: Translator, left: number): TemplateResult {
  const toggle = (): void => {
    if (!card.affordable) return;
    ctx.selection.getState().toggle(card.id);
    const key = card.selected ? 'announce.deselected' : 'announce.selected';
    ctx.announce(t(key, { title: card.title, left: card.selected ? left + card.cost : left - card.cost }));
  };
  const { projector } = ctx.settings.getState();
  const votes = ctx.panels.getState().votes[card.id] ?? 0;
  return html`<li class="card-slot">
    <div class="card family-${card.family} ${card.selected ? 'selected' : ''} ${card.affordable ? '' : 'unaffordable'}">
      <span class="card-family"
        >${index < 9 ? html`<kbd class="card-key" aria-hidden="true">${index + 1}</kbd>` : nothing}${card.familyLabel}</span
      >
      <button
        type="button"
        class="card-button"
        data-key=${`card-${card.id}`}
        aria-pressed=${card.selected ? 'true' : 'false'}
        aria-disabled=${card.affordable ? 'false' : 'true'}
        aria-describedby=${`card-${card.id}-text card-${card.id}-meta`}
        aria-keyshortcuts=${index < 9 ? String(index + 1) : nothing}
        @click=${toggle}
      >
        ${card.title}
      </button>
      <span class="card-text" id=${`card-${card.id}-text`}>${card.text}</span>
      <span class="card-meta" id=${`card-${card.id}-meta`}>
        <span class="card-cost">${t('desk.cost', { cost: card.cost })}</span>
        ${card.touches.length > 0
          ? html`<span class="card-touches">${t('desk.touches', { who: card.touches.join(', ') })}</span>`
          : nothing}
        ${card.selected
          ? html`<span class="card-state">✓ ${t('desk.selected')}</span>`
          : card.affordable
            ? nothing
            : html`<span class="card-state">${t('desk.unaffordable')}</span>`}
      </span>
    </div>
    ${projector
      ? html`<label class="votes"
          ><span class="sr-only">${t('desk.votes', { title: card.title })}</span><span aria-hidden="true">✋</span>
          <input
            type="number"
            min="0"
            max="999"
            inputmode="numeric"
            .value=${String(votes)}
            @change=${(e: Event) => ctx.panels.getState().vote(card.id, Number((e.target as HTMLInputElement).value) || 0)}
        /></label>`
      : nothing}
  </li>`;
}

function voteControls(ctx: ViewContext, cards: readonly ActionCardView[], capital: number, t: Translator): TemplateResult {
  if (!ctx.settings.getState().projector) return html``;
  const apply = (): void => {
    const chosen = mostVoted(cards, ctx.panels.getState().votes, capital);
    ctx.selection.setState({ selected: chosen });
  };
  return html`<div class="row">
    <button type="button" @click=${apply}>${t('desk.applyVotes')}</button>
    <button type="button" @click=${() => ctx.panels.getState().clearVotes()}>${t('desk.clearVotes')}</button>
  </div>`;
}

/** The options sit below the news: one press takes a player (or a keyboard user) straight to them. */
function jumpToOptions(): void {
  const heading = document.getElementById('options-heading');
  heading?.scrollIntoView({ block: 'start', behavior: document.documentElement.classList.contains('reduce-motion') ? 'auto' : 'smooth' });
  heading?.focus({ preventScroll: true });
}

export function deskScreen(ctx: ViewContext): TemplateResult {
  const { scenario, game, phase } = ctx.session.getState();
  const { commands } = ctx;
  const { language } = ctx.settings.getState();
  const { selected } = ctx.selection.getState();
  const { open } = ctx.panels.getState();
  if (scenario === null || game === null) return html``;
  const t = translatorFor(language);
  // Once a turn is resolved its cost is paid and the game has moved on: while its results are
  // open, the desk still speaks of that turn and does not subtract the picks a second time.
  const resolved = phase === 'resolution' || phase === 'ended';
  const heading = turnHeading(scenario, game, language, resolved ? game.turns.at(-1)?.turn : undefined);
  const left = resolved ? game.capital : capitalLeft(scenario, game, selected);
  const cards = actionCards(scenario, game, selected, language);
  const briefing = stories(scenario, game, game.turn, 'briefing', language);
  const memos = memoViews(scenario, game, language);
  const meters = meterViews(scenario, game, language);
  const spent = game.capital - left;
  const deciding = phase === 'decision';
  return html`
    <div class="screen desk-screen">
      <header class="topbar">
        <p class="scenario-name">${localize(scenario.title, language)}</p>
        <h1 class="turn-heading" tabindex="-1" data-autofocus=${deciding ? 'desk' : nothing}>
          ${heading.turn} <span class="date">· ${heading.date}</span>
        </h1>
        ${capitalPips(scenario, game, left, language, t)} ${toolbar(ctx)} ${soundToggle(ctx)}
      </header>
      <section class="board" aria-labelledby="meters-heading">
        <h2 id="meters-heading" class="sr-only">${t('desk.meters')}</h2>
        <ul class="meter-list sr-only" aria-labelledby="meters-heading">
          ${meters.map((meter) => html`<li>${meter.spoken}</li>`)}
        </ul>
      </section>
      <div class="side">
        ${noticeBanner(ctx)}
        <section class="briefing" aria-labelledby="briefing-heading">
          <div class="briefing-head">
            <h2 id="briefing-heading">${t('desk.briefing')}</h2>
            ${deciding
              ? html`<button type="button" class="link-button" @click=${jumpToOptions}>
                  ${t('desk.jumpToOptions', { count: cards.length })}
                </button>`
              : nothing}
          </div>
          ${briefing.length === 0
            ? html`<p class="quiet">${t('desk.noNews')}</p>`
            : html`<ol class="news">
                ${briefing.map((story) => storyItem(story, t))}
              </ol>`}
          ${memos.length === 0
            ? nothing
            : html`<details class="memos-box" ?open=${game.turn === 1}>
                <summary class="memos-heading">${t('desk.memosCount', { count: memos.length })}</summary>
                <ul class="memos">
                  ${memos.map(
                    (memo) =>
                      html`<li class="memo">
                        <p class="memo-from">${t('desk.memoFrom', { from: memo.from })}</p>
                        <h4>${memo.title}</h4>
                        <p>${memo.text}</p>
                      </li>`,
                  )}
                </ul>
              </details>`}
        </section>
        <section class="options" aria-labelledby="options-heading">
          <h2 id="options-heading" tabindex="-1">${t('desk.actions')}</h2>
          ${voteControls(ctx, cards, game.capital, t)}
          <ul class="cards" aria-labelledby="options-heading">
            ${cards.map((card, index) => actionCard(card, index, ctx, t, left))}
          </ul>
        </section>
      </div>
      <footer class="turn-footer">
        ${deciding
          ? html`<p class="selection-summary">${translateCount(language, 'desk.selection', selected.length, { left })}</p>
              <button
                type="button"
                class="primary end-turn"
                aria-keyshortcuts="E"
                @click=${() => commands.send({ type: 'player.commit', actions: [...selected] })}
              >
                ${selected.length === 0 ? t('desk.endTurnNone') : t('desk.endTurn', { spent, capital: game.capital })}
              </button>`
          : nothing}
      </footer>
      ${phase === 'predicting' ? predictionPanel(ctx) : nothing} ${phase === 'resolution' ? resultPanel(ctx) : nothing}
      ${open === 'settings' ? settingsDialog(ctx) : nothing} ${open === 'help' ? helpDialog(ctx) : nothing}
      ${open === 'saves' ? savesDialog(ctx) : nothing}
    </div>
  `;
}

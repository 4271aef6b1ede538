import { html, nothing, type TemplateResult } from 'lit-html';
import type { GameState, Scenario } from '../../engine';
import { actionCards, memoViews, mostVoted, type ActionCardView } from '../../ui/desk-view';
import { fileViews, questionViews } from '../../ui/files-view';
import { translateCount } from '../../ui/i18n/translate';
import { stories } from '../../ui/story-view';
import { actionCard } from './action-card';
import { fileList } from './file-list';
import { questionCard } from './question-card';
import { roleBrief } from './roles-view';
import { storyItem } from './story-item';
import type { Translator, ViewContext } from './view-context';

function voteControls(ctx: ViewContext, cards: readonly ActionCardView[], capital: number, t: Translator): TemplateResult | typeof nothing {
  if (!ctx.settings.getState().projector) return nothing;
  const apply = (): void => ctx.selection.setState({ selected: mostVoted(cards, ctx.panels.getState().votes, capital) });
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

/** The storylines that moved at the start of this turn: their files are marked. */
function movedFiles(game: GameState): Set<string> {
  return new Set(game.chronicle.flatMap((h) => (h.turn === game.turn && h.what.kind === 'storyline' ? [h.what.id] : [])));
}

/**
 * The side of the desk while the player decides, in reading order: the morning's news, the
 * questions put to them, the files, the hand, then the folded standing moves and memos.
 */
export function decisionSide(ctx: ViewContext, scenario: Scenario, game: GameState, left: number, t: Translator): TemplateResult {
  const { language } = ctx.settings.getState();
  const { selected, answers } = ctx.selection.getState();
  const cards = actionCards(scenario, game, selected, language, answers);
  const hand = cards.filter((card) => !card.standing);
  const standing = cards.filter((card) => card.standing);
  const questions = questionViews(scenario, game, selected, answers, language);
  const briefing = stories(scenario, game, game.turn, 'briefing', language);
  const memos = memoViews(scenario, game, language);
  // Number keys pick from the hand; the folded standing moves are reached by Tab.
  const keyOf = (card: ActionCardView): number | null => {
    const index = hand.indexOf(card);
    return index >= 0 && index < 9 ? index + 1 : null;
  };
  const news = html`<section class="briefing" aria-labelledby="briefing-heading">
    <div class="briefing-head">
      <h2 id="briefing-heading">${t('desk.briefing')}</h2>
      <button type="button" class="link-button" @click=${jumpToOptions}>${t('desk.jumpToOptions', { count: hand.length })}</button>
    </div>
    ${briefing.length === 0
      ? html`<p class="quiet">${t('desk.noNews')}</p>`
      : html`<ol class="news">
          ${briefing.map((story) => storyItem(story, t))}
        </ol>`}
  </section>`;
  const asked =
    questions.length === 0
      ? nothing
      : html`<section class="questions-box" aria-labelledby="questions-heading">
          <h2 id="questions-heading">${t('desk.questions')}</h2>
          <ul class="question-list">
            ${questions.map((question) => questionCard(question, ctx, t))}
          </ul>
        </section>`;
  const files = fileList(fileViews(scenario, game, language), movedFiles(game), t);
  const memoBox =
    memos.length === 0
      ? nothing
      : html`<details class="memos-box">
          <summary class="memos-heading">${t('desk.memosCount', { count: memos.length })}</summary>
          <ul class="memos">
            ${memos.map(
              (memo) =>
                html`<li class="memo">
                  <p class="memo-from">${t('desk.memoFrom', { from: memo.from })}</p>
                  <h3>${memo.title}</h3>
                  <p>${memo.text}</p>
                </li>`,
            )}
          </ul>
        </details>`;
  const options = html`<section class="options" aria-labelledby="options-heading">
    <h2 id="options-heading" tabindex="-1">${translateCount(language, 'desk.hand', hand.length)}</h2>
    ${voteControls(ctx, cards, game.capital, t)}
    <ul class=${`cards hand-across-${handColumns(hand.length)}`} aria-labelledby="options-heading">
      ${hand.map((card) => actionCard(card, keyOf(card), ctx, t, left))}
    </ul>
    ${standing.length === 0
      ? nothing
      : html`<details class="standing-box" ?open=${standing.some((card) => card.selected)}>
          <summary>${t('desk.standing', { count: standing.length })}</summary>
          <ul class="cards standing">
            ${standing.map((card) => actionCard(card, keyOf(card), ctx, t, left))}
          </ul>
        </details>`}
    ${ctx.settings.getState().projector ? nothing : memoBox}
  </section>`;
  // On a projector the class votes on the hand: it comes first, on one screen; the news and files are folded below.
  if (ctx.settings.getState().projector) {
    return html`${roleBrief(ctx, t)} ${asked} ${options}
      <details class="projector-more">
        <summary>${t('desk.projectorMore', { count: briefing.length })}</summary>
        ${news} ${files} ${memoBox}
      </details>`;
  }
  return html`${roleBrief(ctx, t)} ${news} ${asked} ${files} ${options}`;
}

/** On a projector the whole hand must fit one screen: up to four side by side, more in two rows. */
function handColumns(size: number): number {
  return size <= 4 ? Math.max(size, 1) : Math.ceil(size / 2);
}

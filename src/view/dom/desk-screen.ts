import { html, nothing, type TemplateResult } from 'lit-html';
import type { GameState, Scenario } from '../../engine';
import { actionCards, capitalLeft, meterViews, turnHeading } from '../../ui/desk-view';
import { questionViews } from '../../ui/files-view';
import { labelled, localize, translateCount, type Language } from '../../ui/i18n/translate';
import { decisionSide } from './decision-side';
import { predictionSide } from './prediction-side';
import { resultControls, resultSide } from './result-side';
import { helpDialog, settingsDialog } from './settings-dialog';
import { savesDialog } from './saves-dialog';
import { soundToggle } from './sound-toggle';
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

export function deskScreen(ctx: ViewContext): TemplateResult {
  const { scenario, game, phase } = ctx.session.getState();
  const { commands } = ctx;
  const { language } = ctx.settings.getState();
  const { selected, answers } = ctx.selection.getState();
  const { open } = ctx.panels.getState();
  if (scenario === null || game === null) return html``;
  const t = translatorFor(language);
  // Once a turn is resolved its cost is paid and the game has moved on: while its results are
  // open, the desk still speaks of that turn and does not subtract the picks a second time.
  const resolved = phase === 'resolution' || phase === 'ended';
  const heading = turnHeading(scenario, game, language, resolved ? game.turns.at(-1)?.turn : undefined);
  const left = resolved ? game.capital : capitalLeft(scenario, game, selected, answers);
  const meters = meterViews(scenario, game, language);
  const spent = game.capital - left;
  const deciding = phase === 'decision';
  const chosenTitles = [
    ...questionViews(scenario, game, selected, answers, language).flatMap((question) =>
      question.responses.filter((response) => response.chosen).map((response) => labelled(language, question.title, response.title)),
    ),
    ...actionCards(scenario, game, selected, language, answers)
      .filter((card) => card.selected)
      .map((card) => card.title),
  ];
  const answered = Object.keys(answers).length;
  return html`
    <div class="screen desk-screen phase-${phase ?? 'none'}">
      <header class="topbar">
        <p class="scenario-name">${localize(scenario.title, language)}</p>
        <h1 class="turn-heading" tabindex="-1" data-autofocus=${deciding ? 'desk' : nothing}>
          ${heading.turn} <span class="date">· ${heading.date}</span> <span class="turns-left">· ${heading.left}</span>
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
        ${phase === 'resolution'
          ? resultSide(ctx)
          : phase === 'predicting'
            ? predictionSide(ctx, chosenTitles)
            : decisionSide(ctx, scenario, game, left, t)}
      </div>
      <footer class="turn-footer">
        ${deciding
          ? html`<p class="selection-summary">
                ${translateCount(language, 'desk.selection', selected.length, { left })}${answered > 0
                  ? html` · ${translateCount(language, 'desk.answered', answered)}`
                  : nothing}
              </p>
              <button
                type="button"
                class="primary end-turn"
                aria-keyshortcuts="E"
                @click=${() => commands.send({ type: 'player.commit', actions: [...selected], answers: { ...answers } })}
              >
                ${selected.length === 0 && answered === 0 ? t('desk.endTurnNone') : t('desk.endTurn', { spent, capital: game.capital })}
              </button>`
          : phase === 'resolution'
            ? resultControls(ctx)
            : nothing}
      </footer>
      ${open === 'settings' ? settingsDialog(ctx) : nothing} ${open === 'help' ? helpDialog(ctx) : nothing}
      ${open === 'saves' ? savesDialog(ctx) : nothing}
    </div>
  `;
}

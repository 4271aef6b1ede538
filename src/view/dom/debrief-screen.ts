import { html, nothing, type TemplateResult } from 'lit-html';
import {
  endingView,
  epilogueViews,
  playerName,
  meterSeries,
  pathVersusHistory,
  predictionScore,
  roadsNotTaken,
  sourcesMet,
  timeline,
  type SourceView,
  type TimelineTurn,
} from '../../ui/debrief-view';
import { colon, formatDate, localize } from '../../ui/i18n/translate';
import { meterChart } from './meter-chart';
import { noticeBanner } from './notice-banner';
import { storyItem } from './story-item';
import { translatorFor, type Translator, type ViewContext } from './view-context';
import { gameOnScreen } from '../../ui/on-screen';
import { endingTrace } from '../../ui/cause-explanation';
import { roleDebrief } from './roles-view';

function sourceLine(source: SourceView): TemplateResult {
  const label = [source.title, source.at].filter((part) => part !== null && part !== '').join(', ');
  // Only web addresses become links: the schema refuses others, and the view checks again.
  const safe = source.url !== null && /^https?:\/\//i.test(source.url);
  return html`${!safe ? label : html`<a href=${source.url ?? ''} rel="noopener noreferrer" target="_blank">${label}</a>`}${source.date ===
  null
    ? nothing
    : html` (${source.date})`}${safe ? html`<span class="print-only source-url"> ${source.url}</span>` : nothing}`;
}

function timelineTurn(turn: TimelineTurn, t: Translator): TemplateResult {
  return html`<li class="timeline-turn">
    <h3>${t('debrief.turnOn', { turn: turn.turn, date: turn.date })}</h3>
    ${turn.news.length === 0
      ? nothing
      : html`<div class="news-block">
          <h4>${t('debrief.news')}</h4>
          <ol class="news compact">
            ${turn.news.map((story) => storyItem(story, t))}
          </ol>
        </div>`}
    <h4>${t('debrief.decided')}</h4>
    ${turn.decisions.length === 0
      ? html`<p class="quiet">${t('debrief.nothingDecided')}</p>`
      : html`<ol class="news compact">
          ${turn.decisions.map((story) => storyItem(story, t))}
        </ol>`}
    ${turn.reactions.length === 0
      ? nothing
      : html`<h4>${t('debrief.reactions')}</h4>
          <ol class="news compact">
            ${turn.reactions.map((story) => storyItem(story, t))}
          </ol>`}
    ${turn.prediction === null
      ? nothing
      : html`<p class="prediction-result ${turn.prediction.right ? 'right' : 'wrong'}">
          <span aria-hidden="true">${turn.prediction.right ? '✓' : '✗'}</span> ${t('result.youPredicted', {
            choice: turn.prediction.guess,
            actual: turn.prediction.actual,
          })}
          ${turn.prediction.reason === '' ? nothing : html`<br /><q>${turn.prediction.reason}</q>`}
        </p>`}
  </li>`;
}

/**
 * The debrief: the ending, the meters over time, every turn with its causes, the roads not taken,
 * the player's path beside what really happened (dated, sourced), predictions and discussion
 * questions. It is also the printable after-action report.
 */
export function debriefScreen(ctx: ViewContext): TemplateResult {
  const state = ctx.session.getState();
  const { scenario } = state;
  const game = gameOnScreen(state);
  const { commands } = ctx;
  const { language } = ctx.settings.getState();
  const { answers, answer } = ctx.panels.getState();
  if (scenario === null || game === null) return html``;
  const ending = endingView(scenario, game, language);
  if (ending === null) return html``;
  const t = translatorFor(language);
  const score = predictionScore(game);
  const roads = roadsNotTaken(scenario, game, language);
  const paths = pathVersusHistory(scenario, game, language);
  // The printed report's first part lists only the sources it cites; the rest print with the details.
  const citedInReport = new Set(paths.flatMap((path) => path.history.flatMap((entry) => entry.refs)));
  const who = playerName(scenario, language);
  const why = endingTrace(scenario, game, language);
  const epilogues = epilogueViews(scenario, game, language);
  // On paper, the report says whose game it is and how to find it again: class code, game number, length, date.
  const { classCode } = state;
  const modeLabel = localize(scenario.modes.find((mode) => mode.id === game.mode)?.label, language);
  const stamp = [
    classCode === null ? null : t('debrief.stampClass', { code: classCode }),
    t('debrief.stampSeed', { seed: game.seed }),
    scenario.modes.length > 1 ? modeLabel : null,
    formatDate(language, new Date().toISOString().slice(0, 10)),
  ]
    .filter((part) => part !== null)
    .join(' · ');
  return html`<article
    class="screen debrief-screen tone-${ending.tone} ${ctx.panels.getState().printDetails ? 'print-details' : ''}"
    aria-labelledby="ending-heading"
  >
    <header class="debrief-header">
      ${noticeBanner(ctx)}
      <p class="eyebrow">${localize(scenario.title, language)} · ${t('ending.turn', { turn: ending.turn, total: game.lastTurn })}</p>
      <h1 id="ending-heading" tabindex="-1" data-autofocus="ending">${t('ending.title', { title: ending.title })}</h1>
      <p class="ending-text">${ending.text}</p>
      ${ending.historical ? html`<p class="historical-note">${t('debrief.historicalEnding')}</p>` : nothing}
      ${why.length === 0
        ? nothing
        : html`<section class="why-ending" aria-labelledby="why-heading">
            <h2 id="why-heading">${t('debrief.why')}</h2>
            <ul class="reasons">
              ${why.map((line) => html`<li class="depth-${line.depth} ${line.yours ? 'yours' : ''}">${line.text}</li>`)}
            </ul>
          </section>`}
      ${epilogues.length === 0
        ? nothing
        : html`<section class="epilogues" aria-labelledby="epilogues-heading">
            <h2 id="epilogues-heading">${t('debrief.epilogues')}</h2>
            <dl>
              ${epilogues.map(
                (epilogue) =>
                  html`<dt>${epilogue.label}</dt>
                    <dd>${epilogue.text}</dd>`,
              )}
            </dl>
          </section>`}
      <label class="field no-print player-name"
        ><span>${t('debrief.playerName')}</span>
        <input
          type="text"
          maxlength="60"
          autocomplete="off"
          .value=${ctx.panels.getState().playerName}
          @input=${(e: Event) => ctx.panels.getState().setPlayerName((e.target as HTMLInputElement).value)}
      /></label>
      ${ctx.panels.getState().playerName.trim() === ''
        ? nothing
        : html`<p class="print-only">${t('debrief.playedBy', { name: ctx.panels.getState().playerName })}</p>`}
      <p class="print-only report-stamp">${stamp}</p>
      <div class="row no-print">
        <label class="field check"
          ><input
            type="checkbox"
            .checked=${ctx.panels.getState().printDetails}
            @change=${(e: Event) => ctx.panels.getState().setPrintDetails((e.target as HTMLInputElement).checked)}
          />
          ${t('debrief.printDetails')}</label
        >
        <button type="button" class="primary" @click=${() => commands.printReport()}>${t('debrief.print')}</button>
        <button type="button" @click=${() => commands.exportGame()}>${t('debrief.export')}</button>
        <button type="button" @click=${() => commands.backToTitle()}>${t('ending.playAgain')}</button>
      </div>
      <nav class="debrief-nav no-print" aria-label=${t('debrief.contents')}>
        <a href="#debrief-chart">${t('debrief.chartHeading')}</a>
        <a href="#debrief-timeline">${t('debrief.timeline')}</a>
        <a href="#debrief-roads">${t('debrief.roads')}</a>
        <a href="#debrief-history">${t('debrief.history')}</a>
        <a href="#debrief-questions">${t('debrief.questions')}</a>
      </nav>
    </header>
    <section id="debrief-chart" aria-labelledby="chart-heading">
      <h2 id="chart-heading">${t('debrief.chartHeading')}</h2>
      ${meterChart(meterSeries(scenario, game, language), t)}
      ${score.made === 0
        ? nothing
        : html`<p class="prediction-score">${t('debrief.predictionScore', { right: score.right, made: score.made })}</p>`}
    </section>
    ${roleDebrief(ctx, t)}
    <section id="debrief-history" aria-labelledby="history-heading">
      <h2 id="history-heading">${t('debrief.history')}</h2>
      <div class="comparison">
        ${paths.map(
          (path) =>
            html`<section class="comparison-row" aria-label=${path.family}>
              <h3>${path.family}</h3>
              <div class="comparison-cols">
                <div>
                  <h4>${t('debrief.yourPath')}</h4>
                  ${path.yours.length === 0
                    ? html`<p class="quiet">${t('debrief.nothingInFamily')}</p>`
                    : html`<ul>
                        ${path.yours.map(
                          (item) =>
                            html`<li>
                              ${t('debrief.turnShort', { turn: item.turn })}${colon(language)}
                              ${item.title}${item.historical
                                ? html` <strong>(${who === null ? t('debrief.asReally') : t('debrief.asOttawa', { player: who })})</strong>`
                                : nothing}
                            </li>`,
                        )}
                      </ul>`}
                </div>
                <div>
                  <h4>${who === null ? t('debrief.whatHappened') : t('debrief.whatPlayerDid', { player: who })}</h4>
                  ${path.history.length === 0
                    ? html`<p class="quiet">${t('debrief.noHistory')}</p>`
                    : html`<ul>
                        ${path.history.map(
                          (entry) =>
                            html`<li>
                              <strong>${entry.date}</strong>${colon(language)} ${entry.text}
                              <span class="cite"
                                >${entry.refs.map(
                                  (ref) => html`<a href=${`#source-${ref}`} aria-label=${t('debrief.sourceRef', { n: ref })}>[${ref}]</a> `,
                                )}</span
                              >
                            </li>`,
                        )}
                      </ul>`}
                </div>
              </div>
            </section>`,
        )}
      </div>
    </section>
    <section id="debrief-questions" aria-labelledby="questions-heading">
      <h2 id="questions-heading">${t('debrief.questions')}</h2>
      <p>${t('debrief.questionsIntro')}</p>
      <ol class="questions">
        ${scenario.debrief.questions.map(
          (question, index) =>
            html`<li>
              <p class="print-only"><strong>${localize(question, language)}</strong></p>
              <label class="field"
                ><span>${localize(question, language)}</span>
                <textarea
                  rows="3"
                  maxlength="1500"
                  .value=${answers[index] ?? ''}
                  @input=${(e: Event) => answer(index, (e.target as HTMLTextAreaElement).value)}
                ></textarea>
              </label>
              <p class="print-answer">${answers[index] ?? ''}</p>
            </li>`,
        )}
      </ol>
    </section>
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">${t('debrief.sources')}</h2>
      <ol class="sources">
        ${sourcesMet(scenario, game).map(
          (source, index) =>
            html`<li id=${`source-${index + 1}`} value=${index + 1} class=${citedInReport.has(index + 1) ? '' : 'details-only'}>
              ${sourceLine(source)}
            </li>`,
        )}
      </ol>
    </section>
    <div class="details-part">
      <h2 class="part-heading">${t('debrief.detailsPart')}</h2>
      <section id="debrief-timeline" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">${t('debrief.timeline')}</h2>
        <p>${t('debrief.timelineIntro')}</p>
        <ol class="timeline">
          ${timeline(scenario, game, language).map((turn) => timelineTurn(turn, t))}
        </ol>
      </section>
      <section id="debrief-roads" aria-labelledby="roads-heading">
        <h2 id="roads-heading">${t('debrief.roads')}</h2>
        ${roads.length === 0
          ? html`<p class="quiet">${t('debrief.noRoads')}</p>`
          : roads.map(
              (road) =>
                html`<h3>${road.family}</h3>
                  <ul>
                    ${road.actions.map(
                      (action) =>
                        html`<li>
                          ${action.title} <span class="quiet">${t('debrief.openOnTurns', { turns: action.turns })}</span>${action.historical
                            ? html` · <strong>${who === null ? t('debrief.reallyDone') : t('debrief.ottawaDid', { player: who })}</strong>`
                            : nothing}
                        </li>`,
                    )}
                  </ul>`,
            )}
      </section>
    </div>
    <footer class="row no-print">
      <button type="button" class="primary" @click=${() => commands.printReport()}>${t('debrief.print')}</button>
      <button type="button" @click=${() => commands.exportGame()}>${t('debrief.export')}</button>
      <button type="button" @click=${() => commands.backToTitle()}>${t('ending.playAgain')}</button>
    </footer>
  </article>`;
}

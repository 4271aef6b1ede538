import { html, nothing, type TemplateResult } from 'lit-html';
import { summarizeClass, type ClassSummary, type OutlierReason, type PredictionReason } from '../../ui/class-results';
import { colon, localize, translateCount, type Language } from '../../ui/i18n/translate';
import { LIMITS } from '../../engine/limits';
import { readDropped } from './dropped-file';
import { translatorFor, type Translator, type ViewContext } from './view-context';

function readFiles(ctx: ViewContext, files: FileList | null | undefined): void {
  if (files === null || files === undefined) return;
  void Promise.all([...files].slice(0, LIMITS.exportFiles).map(readDropped)).then((loaded) => ctx.commands.addExports(loaded));
}

function bar(count: number, total: number, label: string): TemplateResult {
  const share = total === 0 ? 0 : count / total;
  return html`<div class="bar-row">
    <span class="bar-label">${label}</span>
    <span class="bar-track" aria-hidden="true"><span class="bar-fill" style=${`width: ${(share * 100).toFixed(1)}%`}></span></span>
    <span class="bar-value">${count} (${Math.round(share * 100)}%)</span>
  </div>`;
}

function reasonText(reason: OutlierReason, t: Translator, language: Language): string {
  switch (reason.kind) {
    case 'rare-ending':
      return translateCount(language, 'results.rareEnding', reason.count, { ending: reason.ending });
    case 'own-path':
      return t('results.ownPath', { turns: reason.turns });
    case 'extreme-meter':
      return t(reason.direction === 'high' ? 'results.meterHigh' : 'results.meterLow', { meter: reason.meter, value: reason.value });
    case 'other-seed':
      return t('results.otherSeed', { seed: reason.seed, classSeed: reason.classSeed });
  }
}

/**
 * Class results from the students' export files: how the class chose, turn by turn, the endings,
 * prediction accuracy and who stood out. Everything happens in this page; nothing is uploaded.
 */
export function resultsScreen(ctx: ViewContext): TemplateResult {
  const { scenario, classGames, rejected } = ctx.session.getState();
  const { commands } = ctx;
  const { language } = ctx.settings.getState();
  const t = translatorFor(language);
  const summary = scenario === null || classGames.length === 0 ? null : summarizeClass(scenario, classGames, language);
  const modeLabel = (id: string): string => localize(scenario?.modes.find((mode) => mode.id === id)?.label, language) || id;
  const paste = (): void => {
    const area = document.getElementById('paste-exports');
    if (!(area instanceof HTMLTextAreaElement) || area.value.trim() === '') return;
    commands.addExports([{ name: t('results.pasted'), bytes: area.value.length, text: area.value }]);
    area.value = '';
  };
  return html`<article
    class="screen page-screen"
    aria-labelledby="results-heading"
    @dragover=${(e: DragEvent) => e.preventDefault()}
    @drop=${(e: DragEvent) => {
      e.preventDefault();
      readFiles(ctx, e.dataTransfer?.files);
    }}
  >
    <header>
      <a href="#" class="back-link">${t('page.back')}</a>
      <h1 id="results-heading" tabindex="-1" data-autofocus="results">${t('results.title')}</h1>
      <p>${t('results.intro')}</p>
    </header>
    <section class="panel" aria-labelledby="results-add">
      <h2 id="results-add">${t('results.add')}</h2>
      <div class="drop-zone">
        <p>${t('results.drop')}</p>
        <label class="file-button"
          >${t('results.choose')}<input
            type="file"
            multiple
            accept=".json,application/json"
            @change=${(e: Event) => readFiles(ctx, (e.target as HTMLInputElement).files)}
        /></label>
      </div>
      <label class="field"
        ><span>${t('results.paste')}</span><textarea id="paste-exports" class="paste-box" rows="3" spellcheck="false"></textarea>
      </label>
      <div class="row">
        <button type="button" @click=${paste}>${t('results.addPasted')}</button>
        ${classGames.length + rejected.length === 0
          ? nothing
          : html`<button type="button" @click=${() => commands.clearResults()}>${t('results.clear')}</button>`}
      </div>
      <p class="results-count" role="status">${translateCount(language, 'results.count', classGames.length)}</p>
      ${rejected.length === 0
        ? nothing
        : html`<h3>${t('results.rejected')}</h3>
            <ul class="rejected">
              ${rejected.map((row) => html`<li><strong>${row.name}</strong>${colon(language)} ${row.reason}</li>`)}
            </ul>`}
    </section>
    ${summary === null
      ? nothing
      : html`<section class="panel print-summary" aria-labelledby="results-class">
            <h2 id="results-class">${localize(scenario?.title, language)}</h2>
            <p>${t('results.classGame', { seed: summary.classSeed, mode: modeLabel(summary.classMode) })}</p>
            ${summary.notCounted.length === 0
              ? nothing
              : html`<h3>${t('results.notCounted')}</h3>
                  <ul>
                    ${summary.notCounted.map(
                      (row) => html`<li>${t('results.notCountedRow', { name: row.label, seed: row.seed, mode: modeLabel(row.mode) })}</li>`,
                    )}
                  </ul>`}
            <div class="row no-print">
              <button type="button" class="primary" @click=${() => commands.printReport()}>${t('results.print')}</button>
              <button type="button" @click=${() => commands.exportClassCsv()}>${t('results.csv')}</button>
            </div>
          </section>
          <section class="panel" aria-labelledby="results-endings">
            <h2 id="results-endings">${t('results.endings')}</h2>
            <div class="bars">${summary.endings.map((ending) => bar(ending.count, summary.students, ending.title))}</div>
          </section>
          <section class="panel" aria-labelledby="results-turns">
            <h2 id="results-turns">${t('results.byTurn')}</h2>
            <ol class="turn-choices">
              ${summary.turns.map(
                (turn) =>
                  html`<li>
                    <h3>
                      ${t('debrief.turnShort', { turn: turn.turn })}
                      <span class="quiet">${translateCount(language, 'results.studentsThere', turn.students)}</span>
                    </h3>
                    <div class="bars">${turn.choices.map((choice) => bar(choice.count, turn.students, choice.title))}</div>
                    ${turn.predictionsMade === 0
                      ? nothing
                      : html`<p class="quiet">
                          ${t('results.predictionsTurn', { right: turn.predictionsRight, made: turn.predictionsMade })}
                        </p>`}
                  </li>`,
              )}
            </ol>
          </section>
          <section class="panel" aria-labelledby="results-predictions">
            <h2 id="results-predictions">${t('results.predictions')}</h2>
            <p>
              ${summary.predictions.made === 0
                ? t('results.noPredictions')
                : translateCount(language, 'results.predictionsAll', summary.predictions.right, {
                    made: summary.predictions.made,
                    share: Math.round((summary.predictions.right / summary.predictions.made) * 100),
                  })}
            </p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="results-predictions">
              <table class="data-table">
                <thead>
                  <tr>
                    <th scope="col">${t('results.student')}</th>
                    <th scope="col">${t('results.ending')}</th>
                    <th scope="col">${t('results.right')}</th>
                    <th scope="col"><span class="sr-only">${t('results.replay')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${summary.perStudent.map(
                    (row, index) =>
                      html`<tr>
                        <th scope="row">${row.label}</th>
                        <td>${row.ending}</td>
                        <td>${row.made === 0 ? '—' : `${row.right}/${row.made}`}</td>
                        <td>
                          <button type="button" @click=${() => commands.replayStudent(index)}>
                            ${t('results.replayOf', { name: row.label })}
                          </button>
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
          </section>
          ${summary.tracks.length === 0
            ? nothing
            : html`<section class="panel" aria-labelledby="results-tracks">
                <h2 id="results-tracks">${t('results.tracks')}</h2>
                ${summary.tracks.map(
                  (track) =>
                    html`<h3>${track.question}</h3>
                      <p class="quiet">${t('results.predictionsTurn', { right: track.right, made: track.made })}</p>
                      <ul>
                        ${track.options.map(
                          (option) =>
                            html`<li>
                              ${t('results.trackRow', {
                                option: option.label,
                                predicted: translateCount(language, 'results.times', option.predicted),
                                actual: translateCount(language, 'results.times', option.actual),
                              })}
                            </li>`,
                        )}
                      </ul>`,
                )}
              </section>`}
          <section class="panel" aria-labelledby="results-meters">
            <h2 id="results-meters">${t('results.meters')}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="results-meters">
              <table class="data-table">
                <thead>
                  <tr>
                    <th scope="col">${t('debrief.meter')}</th>
                    <th scope="col">${t('results.lowest')}</th>
                    <th scope="col">${t('results.median')}</th>
                    <th scope="col">${t('results.highest')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${summary.finalMeters.map(
                    (meter) =>
                      html`<tr>
                        <th scope="row">${meter.label}</th>
                        <td>${meter.min}</td>
                        <td>${meter.median}</td>
                        <td>${meter.max}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
          </section>
          <section class="panel" aria-labelledby="results-outliers">
            <h2 id="results-outliers">${t('results.outliers')}</h2>
            ${summary.outliers.length === 0
              ? html`<p class="quiet">${t('results.noOutliers')}</p>`
              : html`<ul>
                  ${summary.outliers.map(
                    (row) =>
                      html`<li>
                        <strong>${row.label}</strong>${colon(language)}
                        ${row.reasons.map((reason) => reasonText(reason, t, language)).join('; ')}
                      </li>`,
                  )}
                </ul>`}
          </section>
          ${answersSection(summary, t)} ${reasonsSection(summary, t, language)}`}
  </article>`;
}

/** What students wrote in the debrief, under each discussion question. Shown as text, never as markup. */
function answersSection(summary: ClassSummary, t: Translator): TemplateResult {
  return html`<section class="panel written" aria-labelledby="results-answers">
    <h2 id="results-answers">${t('results.answers')}</h2>
    <p class="hint">${t('results.answersIntro')}</p>
    ${summary.answers.map(
      (group) =>
        html`<section class="question-answers">
          <h3>${group.question ?? t('results.otherAnswers')}</h3>
          ${group.answers.length === 0
            ? html`<p class="quiet">${t('results.noAnswers')}</p>`
            : html`<ul class="written-list">
                ${group.answers.map(
                  (answer) =>
                    html`<li>
                      <strong class="written-who">${answer.label}</strong>
                      <p class="written-text">${answer.text}</p>
                    </li>`,
                )}
              </ul>`}
        </section>`,
    )}
  </section>`;
}

function predictedText(reason: PredictionReason, t: Translator): string {
  if (reason.right) return t('results.predictedRight', { option: reason.option });
  return reason.actual === null
    ? t('results.predictedOnly', { option: reason.option })
    : t('results.predictedWrong', { option: reason.option, actual: reason.actual });
}

/** The one-line reasons behind predictions, turn by turn; each turn folds away so a long game stays readable. */
function reasonsSection(summary: ClassSummary, t: Translator, language: Language): TemplateResult | typeof nothing {
  if (summary.predictions.made === 0) return nothing;
  return html`<section class="panel written" aria-labelledby="results-reasons">
    <h2 id="results-reasons">${t('results.reasons')}</h2>
    ${summary.reasons.length === 0
      ? html`<p class="quiet">${t('results.noReasons')}</p>`
      : html`<p class="hint">${t('results.reasonsIntro')}</p>
          <div class="reason-turns">
            ${summary.reasons.map(
              (turn) =>
                html`<details class="turn-reasons">
                  <summary>
                    ${t('debrief.turnShort', { turn: turn.turn })}
                    <span class="quiet">(${translateCount(language, 'results.reasonCount', turn.reasons.length)})</span>
                  </summary>
                  <ul class="written-list">
                    ${turn.reasons.map(
                      (reason) =>
                        html`<li>
                          <strong class="written-who">${reason.label}</strong>
                          <span class="quiet">${predictedText(reason, t)}</span>
                          <p class="written-text">${reason.text}</p>
                        </li>`,
                    )}
                  </ul>
                </details>`,
            )}
          </div>`}
  </section>`;
}

import { html, nothing, type TemplateResult } from 'lit-html';
import { until } from 'lit-html/directives/until.js';
import { LIMITS } from '../../engine/limits';
import type { LiveView } from '../../live/protocol';
import type { LiveStringKey } from '../../ui/i18n/strings-live-en';
import type { LiveState } from '../../ui/live-store';
import {
  endingPanel,
  historyList,
  liveHeader,
  liveNames,
  liveTranslator,
  proposalSummary,
  resultPanel,
  type LiveNames,
  type LiveTranslator,
} from './live-parts';
import type { LiveUi } from './live-start';
import type * as QrCode from './qr-code';
import type { ViewContext } from './view-context';

let qrModule: Promise<typeof QrCode> | null = null;
const loadQr = (): Promise<typeof QrCode> => (qrModule ??= import('./qr-code'));

function joinPanel(live: LiveUi, view: LiveView, t: LiveTranslator): TemplateResult {
  const link = live.joinLink(view.code);
  return html`<section class="panel live-join-info" aria-labelledby="live-join-heading">
    <h2 id="live-join-heading">${t('live.code')}</h2>
    <p class="live-code" data-live-code>${view.code}</p>
    <label class="field"
      ><span>${t('live.dash.link')}</span
      ><input type="text" readonly .value=${link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
    /></label>
    ${until(
      loadQr().then((module) => module.qrCode(link, t('live.dash.qr'))),
      html`<p class="quiet">${t('app.loading')}</p>`,
    )}
  </section>`;
}

function controls(live: LiveUi, state: LiveState, view: LiveView, t: LiveTranslator): TemplateResult {
  const act = (message: Parameters<LiveUi['commands']['act']>[0]): void => live.commands.act(message);
  switch (view.phase) {
    case 'proposing':
      return html`<div class="row live-controls">
        <label class="field"
          ><span>${t('live.dash.seconds')}</span
          ><input
            type="number"
            name="live-seconds"
            min="10"
            max=${LIMITS.liveVoteMaxSeconds}
            .value=${String(state.voteSeconds)}
            @change=${(e: Event) => {
              const value = Number((e.target as HTMLInputElement).value);
              if (Number.isInteger(value) && value >= 10 && value <= LIMITS.liveVoteMaxSeconds) live.store.setState({ voteSeconds: value });
            }}
        /></label>
        <label class="field"
          ><span>${t('live.start.rule')}</span>
          <select
            @change=${(e: Event) => act({ type: 'rule', rule: (e.target as HTMLSelectElement).value === 'cabinet' ? 'cabinet' : 'class' })}
          >
            <option value="class" ?selected=${view.setup.rule === 'class'}>${t('live.rule.class')}</option>
            <option value="cabinet" ?selected=${view.setup.rule === 'cabinet'}>${t('live.rule.cabinet')}</option>
          </select></label
        >
        <button
          type="button"
          class="primary"
          ?disabled=${view.proposals.length === 0}
          @click=${() => act({ type: 'open-vote', seconds: state.voteSeconds })}
        >
          ${t('live.dash.openVote')}
        </button>
        ${view.proposals.length === 0 ? html`<span class="hint">${t('live.dash.needProposal')}</span>` : nothing}
      </div>`;
    case 'voting':
      return html`<div class="row live-controls">
        <button type="button" @click=${() => act({ type: 'extend' })}>
          ${t('live.dash.extend', { seconds: LIMITS.liveExtendSeconds })}
        </button>
        <button type="button" class="primary" @click=${() => act({ type: 'close-vote' })}>${t('live.dash.closeVote')}</button>
      </div>`;
    case 'predicting':
    case 'decided':
      return html`<div class="row live-controls">
        <button type="button" class="primary" @click=${() => act({ type: 'reveal' })}>${t('live.dash.reveal')}</button>
      </div>`;
    case 'revealed':
      return html`<div class="row live-controls">
        <button type="button" class="primary" @click=${() => act({ type: 'next' })}>
          ${view.ending === null ? t('live.dash.next') : t('live.phase.ended')}
        </button>
      </div>`;
    case 'ended':
      return html`<div class="row live-controls">
        <button type="button" class="primary" @click=${() => live.commands.exportGame()}>${t('live.dash.export')}</button>
        <button type="button" @click=${() => live.commands.openResults()}>${t('live.dash.results')}</button>
        <button type="button" @click=${() => live.commands.openDebrief()}>${t('live.dash.debrief')}</button>
      </div>`;
  }
}

function seatsPanel(view: LiveView, names: LiveNames, t: LiveTranslator): TemplateResult {
  const seats = view.teacher?.seats.filter((seat) => !seat.teacher) ?? [];
  return html`<section class="panel live-seats" aria-labelledby="live-seats">
    <h2 id="live-seats">${t('live.dash.seats')} (${seats.filter((seat) => seat.connected).length}/${seats.length})</h2>
    ${seats.length === 0
      ? html`<p class="quiet">${t('live.dash.noSeats')}</p>`
      : html`<table>
          <tbody>
            ${seats.map(
              (seat) =>
                html`<tr class=${seat.connected ? '' : 'quiet'}>
                  <td>${seat.name}</td>
                  <td>${names.group(seat.role)}</td>
                  <td>${seat.connected ? t('live.dash.connected') : t('live.dash.away')}</td>
                  <td>${seat.voted ? t('live.dash.votedMark') : ''}</td>
                  <td>${seat.predicted ? t('live.dash.predictedMark') : ''}</td>
                </tr>`,
            )}
          </tbody>
        </table>`}
  </section>`;
}

function proposalsPanel(view: LiveView, names: LiveNames, t: LiveTranslator): TemplateResult {
  const tally = view.teacher?.tally ?? {};
  return html`<section class="panel live-proposals" aria-labelledby="live-dash-proposals">
    <h2 id="live-dash-proposals">${t('live.proposals')}</h2>
    ${view.proposals.length === 0
      ? html`<p class="quiet">${t('live.noProposals')}</p>`
      : html`<ul>
          ${view.proposals.map(
            (proposal) =>
              html`<li>
                ${proposalSummary(proposal, names, t)}
                ${view.phase === 'voting' || view.phase === 'decided' || view.phase === 'predicting'
                  ? html`<strong class="live-count"
                      >${t('live.tally', { group: names.group(proposal.role), count: tally[proposal.role] ?? 0 })}</strong
                    >`
                  : nothing}
              </li>`,
          )}
        </ul>`}
    ${view.phase === 'voting' ? html`<p role="status">${t('live.votesCast', { cast: view.votesCast, voters: view.voters })}</p>` : nothing}
  </section>`;
}

function predictionsPanel(view: LiveView, names: LiveNames, t: LiveTranslator): TemplateResult {
  if (view.predictionOptions.length === 0 || (view.phase !== 'predicting' && view.phase !== 'decided')) return html``;
  const counts = view.teacher?.predictions ?? {};
  return html`<section class="panel live-predictions" aria-labelledby="live-dash-predictions">
    <h2 id="live-dash-predictions">${t('live.dash.predictions')}</h2>
    <ul>
      ${view.predictionOptions.map(
        (option) => html`<li>${t('live.tally', { group: names.option(option), count: counts[option] ?? 0 })}</li>`,
      )}
    </ul>
  </section>`;
}

/** The teacher's live dashboard: the join code, the room, the proposals and the vote as they come in, and the controls. */
export function teacherDashboard(ctx: ViewContext, live: LiveUi): TemplateResult {
  const { language } = ctx.settings.getState();
  const t = liveTranslator(language);
  const state = live.store.getState();
  const view = state.view;
  const names = liveNames(state.scenario, language, t, view);
  return html`<article class="screen page-screen live-screen live-dashboard" aria-labelledby="live-dash-heading">
    <header>
      <a href="#teacher" class="back-link">${t('roles.back')}</a>
      <h1 id="live-dash-heading" tabindex="-1" data-autofocus="live-teacher">
        ${t('live.dash.title', { code: view?.code ?? state.code })}
      </h1>
      ${liveHeader(state, t)}
    </header>
    ${state.problem === null
      ? nothing
      : html`<p class="error" role="alert">${t(`live.problem.${state.problem}` as LiveStringKey, { server: state.server })}</p>`}
    ${state.status === 'ended' ? html`<p class="panel" role="status">${t('live.ended')}</p>` : nothing}
    ${state.status === 'connecting' ? html`<p role="status">${t('live.connecting')}</p>` : nothing}
    ${view === null
      ? nothing
      : html`${state.refusal === null ? nothing : html`<p class="error" role="alert">${t(`live.refused.${state.refusal}`)}</p>`}
          <div class="teacher-grid">${joinPanel(live, view, t)} ${seatsPanel(view, names, t)}</div>
          ${controls(live, state, view, t)} ${proposalsPanel(view, names, t)} ${predictionsPanel(view, names, t)}
          ${view.result === null ? nothing : resultPanel(view.result, names, t)} ${endingPanel(view, names, t)}
          ${historyList(view, names, t)}
          <p class="row">
            ${view.phase === 'ended'
              ? nothing
              : html`<button type="button" @click=${() => live.commands.exportGame()}>${t('live.dash.export')}</button>`}
            ${state.confirmEnd
              ? html`<span role="alert">${t('live.dash.endConfirm')}</span>
                  <button
                    type="button"
                    @click=${() => {
                      live.store.setState({ confirmEnd: false });
                      live.commands.act({ type: 'end' });
                    }}
                  >
                    ${t('live.dash.endYes')}
                  </button>
                  <button type="button" @click=${() => live.store.setState({ confirmEnd: false })}>${t('live.dash.keep')}</button>`
              : html`<button type="button" @click=${() => live.store.setState({ confirmEnd: true })}>${t('live.dash.end')}</button>`}
          </p>
          <p class="hint">${t('live.privacy')}</p>`}
  </article>`;
}

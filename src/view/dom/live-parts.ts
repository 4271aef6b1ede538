import { html, nothing, type TemplateResult } from 'lit-html';
import type { Scenario } from '../../engine';
import type { LiveProposal, LiveResult, LiveView } from '../../live/protocol';
import { localize, type Language } from '../../ui/i18n/translate';
import type { StringKey } from '../../ui/i18n/strings-en';
import { liveEn, type LiveStringKey } from '../../ui/i18n/strings-live-en';
import { liveFr } from '../../ui/i18n/strings-live-fr';
import { addStrings, translate } from '../../ui/i18n/translate';
import type { LiveState } from '../../ui/live-store';
import { textAsShown } from '../../ui/scenario-text';

// The live screens' strings join the tables when this module loads.
addStrings({ en: liveEn, fr: liveFr });

/** A translator for the live screens: the game's strings and the live screens' own. */
export type LiveTranslator = (key: StringKey | LiveStringKey, params?: Readonly<Record<string, string | number>>) => string;

export function liveTranslator(language: Language): LiveTranslator {
  return (key, params) => translate(language, key as StringKey, params);
}

/**
 * Pieces both live screens show. Everything a person typed (names, notes) and everything the
 * server sent is bound as text by lit-html: markup in a name arrives as the characters it is.
 */
export interface LiveNames {
  group(id: string | null): string;
  action(id: string): string;
  /** The option's text as the desk would show it now. */
  actionText(id: string): string;
  /** The question's news text, as it read when it came. */
  eventText(id: string): string;
  cost(id: string): number;
  response(event: string, id: string): string;
  event(id: string): string;
  option(id: string | null): string;
  meter(id: string): string;
  ending(id: string): string;
}

export function liveNames(scenario: Scenario | null, language: Language, t: LiveTranslator, view: LiveView | null): LiveNames {
  const track = scenario?.predictions.find((candidate) => candidate.id === view?.predictionTrack);
  return {
    group: (id) => {
      if (id === null) return t('live.noGroup');
      const role = scenario?.roles.find((candidate) => candidate.id === id);
      return role === undefined ? t(`live.groupName.${id}` as LiveStringKey) : localize(role.name, language);
    },
    action: (id) => localize(scenario?.actions.find((action) => action.id === id)?.title, language) || id,
    actionText: (id) => {
      const action = scenario?.actions.find((candidate) => candidate.id === id);
      return action === undefined ? '' : textAsShown(action.text, view?.shown.actions[id], language);
    },
    eventText: (id) => {
      const event = scenario?.events.find((candidate) => candidate.id === id);
      return event === undefined ? '' : textAsShown(event.text, view?.shown.events[id], language);
    },
    cost: (id) => scenario?.actions.find((action) => action.id === id)?.cost ?? 0,
    event: (id) => localize(scenario?.events.find((event) => event.id === id)?.title, language) || id,
    response: (event, id) =>
      localize(
        scenario?.events.find((candidate) => candidate.id === event)?.decision?.responses.find((r) => r.id === id)?.title,
        language,
      ) || id,
    option: (id) => {
      if (id === null) return '—';
      const everywhere = scenario?.predictions.flatMap((candidate) => candidate.options) ?? [];
      const option = track?.options.find((candidate) => candidate.id === id) ?? everywhere.find((candidate) => candidate.id === id);
      return localize(option?.label, language) || id;
    },
    meter: (id) => localize(scenario?.meters.find((meter) => meter.id === id)?.label, language) || id,
    ending: (id) => localize(scenario?.endings.find((ending) => ending.id === id)?.title, language) || id,
  };
}

/** Seconds left in the vote by the server's clock, as this screen's clock reads it. */
export function secondsLeft(state: LiveState): number | null {
  const deadline = state.view?.deadline ?? null;
  if (deadline === null) return null;
  return Math.max(0, Math.ceil((deadline - (Date.now() - state.clockSkew)) / 1000));
}

export function liveHeader(state: LiveState, t: LiveTranslator): TemplateResult {
  const view = state.view;
  if (view === null) return html``;
  const left = secondsLeft(state);
  return html`<p class="live-status row">
    <span>${t('live.turn', { turn: view.turn, last: view.lastTurn })}</span>
    <strong>${t(`live.phase.${view.phase}`)}</strong>
    ${left === null ? nothing : html`<span class="live-timer" role="timer" aria-live="off">${t('live.timer', { seconds: left })}</span>`}
    ${state.status === 'reconnecting' ? html`<span class="error" role="status">${t('live.reconnecting')}</span>` : nothing}
  </p>`;
}

export function proposalSummary(proposal: LiveProposal, names: LiveNames, t: LiveTranslator): TemplateResult {
  const answers = Object.entries(proposal.answers);
  return html`<span class="live-proposal-body">
    <strong>${names.group(proposal.role)}</strong>
    <span
      >${proposal.actions.length === 0 && answers.length === 0
        ? t('live.nothing')
        : [...proposal.actions.map((id) => names.action(id)), ...answers.map(([event, id]) => names.response(event, id))].join(' · ')}</span
    >
    ${proposal.note === '' ? nothing : html`<q class="live-note">${proposal.note}</q>`}
    <span class="quiet">${t('live.by', { name: proposal.by })}</span>
  </span>`;
}

export function resultPanel(result: LiveResult, names: LiveNames, t: LiveTranslator, headingLevel: 2 | 3 = 2): TemplateResult {
  const heading = t('live.result', { turn: result.turn });
  const changed = Object.keys(result.metersAfter).filter((id) => result.metersAfter[id] !== result.metersBefore[id]);
  return html`<section class="panel live-result" data-revealed tabindex="-1" aria-label=${heading}>
    ${headingLevel === 2 ? html`<h2>${heading}</h2>` : html`<h3>${heading}</h3>`}
    <p>${result.winner === null ? t('live.noWinner') : t('live.winner', { group: names.group(result.winner) })}</p>
    <p>
      ${result.decisions.length === 0 && Object.keys(result.answers).length === 0
        ? t('live.nothing')
        : [
            ...result.decisions.map((id) => names.action(id)),
            ...Object.entries(result.answers).map(([event, id]) => names.response(event, id)),
          ].join(' · ')}
    </p>
    <ul class="live-tally">
      ${Object.entries(result.tally).map(([group, count]) => html`<li>${t('live.tally', { group: names.group(group), count })}</li>`)}
    </ul>
    ${result.prediction === null
      ? nothing
      : html`<p>
          ${t('live.predictionResult', {
            correct: names.option(result.prediction.correct),
            right: result.prediction.right,
            total: result.prediction.total,
          })}
        </p>`}
    <ul class="live-meters">
      ${changed.map(
        (id) =>
          html`<li>
            ${t('live.meterChange', { meter: names.meter(id), from: result.metersBefore[id] ?? 0, to: result.metersAfter[id] ?? 0 })}
          </li>`,
      )}
    </ul>
  </section>`;
}

export function historyList(view: LiveView, names: LiveNames, t: LiveTranslator): TemplateResult {
  if (view.history.length === 0) return html``;
  return html`<details class="panel live-history">
    <summary>${t('live.history')}</summary>
    <ol>
      ${view.history.map(
        (result) =>
          html`<li>
            ${t('live.turn', { turn: result.turn, last: view.lastTurn })}:
            ${result.decisions.length === 0 ? t('live.nothing') : result.decisions.map((id) => names.action(id)).join(' · ')}
          </li>`,
      )}
    </ol>
  </details>`;
}

export function endingPanel(view: LiveView, names: LiveNames, t: LiveTranslator): TemplateResult {
  return view.ending === null
    ? html``
    : html`<section class="panel live-ending"><h2>${t('live.endingTitle', { title: names.ending(view.ending.id) })}</h2></section>`;
}

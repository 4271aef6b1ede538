import { html, nothing, type TemplateResult } from 'lit-html';
import { colon } from '../../ui/i18n/translate';
import { helpGuide } from '../../ui/help-view';
import { MOTION_CHOICES, TEXT_SCALES, type MotionChoice, type TextScale } from '../../ui/settings-store';
import { modal } from './modal';
import { languagePicker } from './title-screen';
import { translatorFor, type Translator, type ViewContext } from './view-context';

/** Every setting is a real form control with a label; changes apply at once and are remembered. */
export function settingsDialog(ctx: ViewContext): TemplateResult {
  const settings = ctx.settings.getState();
  const t = translatorFor(settings.language);
  const close = (): void => ctx.panels.getState().show(null);
  const body = html`<div class="modal-body">
    <h2 id="settings-heading">${t('settings.title')}</h2>
    ${languagePicker(ctx)}
    <label class="field check"
      ><input
        type="checkbox"
        .checked=${settings.muted}
        @change=${(e: Event) => settings.update({ muted: (e.target as HTMLInputElement).checked })}
      />
      ${t('settings.mute')}</label
    >
    <label class="field"
      ><span>${t('settings.volume')}</span>
      <input
        type="range"
        min="0"
        max="100"
        step="5"
        .value=${String(Math.round(settings.volume * 100))}
        @input=${(e: Event) => settings.update({ volume: Number((e.target as HTMLInputElement).value) / 100 })}
    /></label>
    <fieldset>
      <legend>${t('settings.textSize')}</legend>
      ${TEXT_SCALES.map(
        (scale: TextScale) =>
          html`<label class="choice"
            ><input
              type="radio"
              name="text-size"
              .checked=${settings.textScale === scale}
              @change=${() => settings.update({ textScale: scale })}
            />
            ${t(`settings.textSize.${scale}` as 'settings.textSize.1')}</label
          >`,
      )}
    </fieldset>
    <fieldset>
      <legend>${t('settings.motion')}</legend>
      ${MOTION_CHOICES.map(
        (motion: MotionChoice) =>
          html`<label class="choice"
            ><input type="radio" name="motion" .checked=${settings.motion === motion} @change=${() => settings.update({ motion })} /> ${t(
              `settings.motion.${motion}`,
            )}</label
          >`,
      )}
    </fieldset>
    <label class="field check"
      ><input
        type="checkbox"
        .checked=${settings.projector}
        @change=${(e: Event) => settings.update({ projector: (e.target as HTMLInputElement).checked })}
      />
      ${t('settings.projector')}</label
    >
    <div class="row end"><button type="button" class="primary" @click=${close}>${t('settings.close')}</button></div>
  </div>`;
  return modal({ id: 'settings-dialog', labelledBy: 'settings-heading', closable: true, onClose: close, body });
}

/** The meters of the scenario being played and what ends it early: the rules a player cannot see on the desk. */
function scenarioHelp(ctx: ViewContext, t: Translator): TemplateResult | typeof nothing {
  const { scenario } = ctx.session.getState();
  if (scenario === null) return nothing;
  const guide = helpGuide(
    scenario,
    ctx.settings.getState().language,
    ctx.session.getState().game?.lastTurn ?? scenario.modes[0]?.turnDates.length ?? 0,
  );
  return html`<h3>${t('help.meters')}</h3>
    <dl class="meter-guide">
      ${guide.meters.map(
        (meter) =>
          html`<dt>${meter.label} <span class="quiet">(${meter.better})</span></dt>
            <dd>${meter.description}</dd>`,
      )}
    </dl>
    <h3>${t('help.ends')}</h3>
    ${guide.breakingPoints.length === 0
      ? html`<p>${t('help.endsNone', { turns: guide.turns })}</p>`
      : html`<p>${t('help.endsIntro', { turns: guide.turns })}</p>
          <ul class="breaking-points">
            ${guide.breakingPoints.map(
              (point) => html`<li><strong>${point.threshold}</strong>${colon(ctx.settings.getState().language)} ${point.ending}</li>`,
            )}
          </ul>`}
    <p>${t('help.endsOther')}</p>`;
}

export function helpDialog(ctx: ViewContext): TemplateResult {
  const t = translatorFor(ctx.settings.getState().language);
  const close = (): void => ctx.panels.getState().show(null);
  const keys: [string, Parameters<typeof t>[0]][] = [
    ['1 – 9', 'help.key.options'],
    ['E', 'help.key.endTurn'],
    ['N', 'help.key.next'],
    ['C', 'help.key.continue'],
    ['?', 'help.key.help'],
    ['S', 'help.key.settings'],
    ['M', 'help.key.mute'],
    ['Esc', 'help.key.close'],
  ];
  const body = html`<div class="modal-body">
    <h2 id="help-heading">${t('help.title')}</h2>
    <p>${t('help.goal')}</p>
    ${scenarioHelp(ctx, t)}
    <h3>${t('help.shortcuts')}</h3>
    <dl class="shortcuts">
      ${keys.map(
        ([key, label]) =>
          html`<dt><kbd>${key}</kbd></dt>
            <dd>${t(label)}</dd>`,
      )}
    </dl>
    <p>${t('help.tab')}</p>
    <div class="row end"><button type="button" class="primary" @click=${close}>${t('settings.close')}</button></div>
  </div>`;
  return modal({ id: 'help-dialog', labelledBy: 'help-heading', closable: true, onClose: close, body });
}

import { html, nothing, type TemplateResult } from 'lit-html';
import { INTERFACE_LANGUAGES, isLanguage, localize, translateCount } from '../../ui/i18n/translate';
import { noticeBanner } from './notice-banner';
import { helpDialog, settingsDialog } from './settings-dialog';
import { savesDialog } from './saves-dialog';
import { soundToggle } from './sound-toggle';
import { readDropped } from './dropped-file';
import { rolePicker } from './roles-view';
import { translatorFor, type ViewContext } from './view-context';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'Français' };

export function languagePicker(ctx: ViewContext): TemplateResult {
  const { language } = ctx.settings.getState();
  const t = translatorFor(language);
  const onChange = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    if (isLanguage(value)) ctx.settings.getState().update({ language: value });
  };
  return html`<label class="field"
    ><span>${t('title.language')}</span>
    <select @change=${onChange} .value=${language}>
      ${INTERFACE_LANGUAGES.map(
        (code) => html`<option value=${code} ?selected=${code === language} lang=${code}>${LANGUAGE_NAMES[code]}</option>`,
      )}
    </select></label
  >`;
}

/** Reads a dropped or chosen file as text and hands it to the checker; never as markup, never as code. */
function openFile(ctx: ViewContext, file: File | undefined): void {
  if (file !== undefined) void readDropped(file).then((dropped) => ctx.commands.openFile(dropped));
}

function scenarioPicker(ctx: ViewContext): TemplateResult | typeof nothing {
  const { catalog, scenario, customFile } = ctx.session.getState();
  const { commands } = ctx;
  if (catalog.length < 2 && customFile === null) return nothing;
  const t = translatorFor(ctx.settings.getState().language);
  return html`<label class="field"
    ><span>${t('title.choose')}</span>
    <select @change=${(e: Event) => commands.chooseScenario((e.target as HTMLSelectElement).value)}>
      ${customFile === null ? nothing : html`<option value="" selected>${customFile}</option>`}
      ${catalog.map(
        (item) => html`<option value=${item.id} ?selected=${customFile === null && item.id === scenario?.id}>${item.title}</option>`,
      )}
    </select></label
  >`;
}

/** The lengths of game on offer, when there is a choice: a class period or the full story. */
function modePicker(ctx: ViewContext): TemplateResult | typeof nothing {
  const { scenario, classCode } = ctx.session.getState();
  const { language } = ctx.settings.getState();
  if (scenario === null || scenario.modes.length < 2) return nothing;
  const t = translatorFor(language);
  const chosen = ctx.panels.getState().mode ?? scenario.modes[0]?.id;
  if (classCode !== null) {
    const mode = scenario.modes.find((candidate) => candidate.id === chosen);
    return mode === undefined ? nothing : html`<p class="mode-fixed">${t('title.classMode', { mode: localize(mode.label, language) })}</p>`;
  }
  return html`<fieldset class="modes">
    <legend>${t('title.length')}</legend>
    ${scenario.modes.map(
      (mode) =>
        html`<label class="choice mode-choice"
          ><input
            type="radio"
            name="mode"
            value=${mode.id}
            .checked=${mode.id === chosen}
            @change=${() => ctx.panels.getState().chooseMode(mode.id)}
          />
          <span
            ><strong>${localize(mode.label, language)}</strong>
            <span class="quiet"
              >${translateCount(language, 'title.modeTurns', mode.turnDates.length)}${mode.description === null
                ? ''
                : ` · ${localize(mode.description, language)}`}</span
            ></span
          ></label
        >`,
    )}
  </fieldset>`;
}

export function titleScreen(ctx: ViewContext): TemplateResult {
  const { scenario, savedTurn, savedEnded } = ctx.session.getState();
  const { commands } = ctx;
  const { language } = ctx.settings.getState();
  const { open } = ctx.panels.getState();
  const t = translatorFor(language);
  if (scenario === null) return html`<p class="loading">${t('app.loading')}</p>`;
  const student = ctx.session.getState().classCode !== null;
  const onDrop = (event: DragEvent): void => {
    event.preventDefault();
    if (!student) openFile(ctx, event.dataTransfer?.files[0]);
  };
  return html`
    <section class="screen title-screen" aria-labelledby="title-heading" @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${onDrop}>
      <div class="title-card">
        ${noticeBanner(ctx)}
        <p class="eyebrow">${t('app.name')} · ${t('app.tagline')}</p>
        <h1 id="title-heading" tabindex="-1" data-autofocus>${localize(scenario.title, language)}</h1>
        <p class="summary">${localize(scenario.summary, language)}</p>
        <p class="role"><strong>${t('title.role')}</strong> ${localize(scenario.role, language)}</p>
        ${modePicker(ctx)} ${rolePicker(ctx)}
        <div class="title-actions">
          <button type="button" class="primary" @click=${() => commands.startGame()}>${t('title.start')}</button>
          ${savedTurn === null
            ? nothing
            : html`<button type="button" @click=${() => commands.resumeGame()}>
                ${savedEnded ? t('title.lastDebrief') : t('title.continue', { turn: savedTurn })}
              </button>`}
          <button type="button" @click=${() => ctx.panels.getState().show('saves')}>${t('saves.open')}</button>
        </div>
        <div class="title-settings">
          ${student ? nothing : scenarioPicker(ctx)} ${languagePicker(ctx)} ${soundToggle(ctx)}
          <button type="button" @click=${() => ctx.panels.getState().show('settings')}>${t('settings.open')}</button>
        </div>
        ${student ? nothing : designerAndTeacherLinks(ctx)}
      </div>
      ${open === 'settings' ? settingsDialog(ctx) : nothing} ${open === 'help' ? helpDialog(ctx) : nothing}
      ${open === 'saves' ? savesDialog(ctx) : nothing}
    </section>
  `;
}

/** The file drop and the teacher's pages: not on a student's screen in a class game, where the class chose for them. */
function designerAndTeacherLinks(ctx: ViewContext): TemplateResult {
  const t = translatorFor(ctx.settings.getState().language);
  return html` <div class="drop-zone">
      <p>${t('title.drop')}</p>
      <label class="file-button"
        >${t('title.dropChoose')}
        <input type="file" accept=".yaml,.yml,text/yaml" @change=${(e: Event) => openFile(ctx, (e.target as HTMLInputElement).files?.[0])}
      /></label>
    </div>
    <nav class="title-links" aria-label=${t('title.teacher')}>
      <a href="#live">${t('title.live')}</a>
      <a href="#teacher">${t('title.teacher')}</a>
      <a href="#results">${t('title.results')}</a>
    </nav>`;
}

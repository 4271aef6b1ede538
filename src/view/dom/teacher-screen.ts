import { html, nothing, type TemplateResult } from 'lit-html';
import { classLink, encodeClassCode } from '../../ui/class-link';
import { INTERFACE_LANGUAGES, isLanguage, localize, translateCount, type Language } from '../../ui/i18n/translate';
import type { TeacherState, TeacherStore } from '../../ui/teacher-store';
import { until } from 'lit-html/directives/until.js';
import { LIMITS } from '../../engine/limits';
import type * as QrCode from './qr-code';
import { translatorFor, type Translator, type ViewContext } from './view-context';
import type { LiveUi } from './live-start';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'Français' };

/** The QR code library loads with the teacher page only: students never download it. */
let qrModule: Promise<typeof QrCode> | null = null;
const loadQr = (): Promise<typeof QrCode> => (qrModule ??= import('./qr-code'));

/** The facilitator guide's 50-minute plan, step by step: teachers never see the repository's docs. */
const PLAN = [1, 2, 3, 4, 5, 6] as const;

/**
 * The full guide and the handout are static pages shipped from public/guide/ beside the game. The
 * address is relative, as vite's `base: './'` makes the whole build, so it works wherever the game is
 * served; the file is named so that a server without directory indexes finds it too.
 */
const guidePage = (language: Language, page: 'index.html' | 'handout.html'): string => `guide/${language}/${page}`;

/** The chosen scenario's content notes, loaded with the scenario the first time the page asks. */
function contentNotes(setup: TeacherState, title: string, t: Translator, language: Language): TemplateResult {
  const notes = setup.notes[setup.scenarioId];
  if (notes === undefined) queueMicrotask(() => setup.requestNotes(setup.scenarioId));
  return html`<section class="panel content-notes" aria-labelledby="teacher-notes">
    <h2 id="teacher-notes">${t('teacher.notesTitle')}</h2>
    ${notes === undefined || notes === 'loading'
      ? html`<p class="quiet">${t('app.loading')}</p>`
      : notes === 'missing' || notes.length === 0
        ? html`<p class="quiet">${t('teacher.notesNone')}</p>`
        : html`<p class="hint">${t('teacher.notesIntro', { title })}</p>
            <ul>
              ${notes.map((note) => html`<li>${localize(note, language)}</li>`)}
            </ul>`}
  </section>`;
}

/** The live session's section: its module loads with the teacher page, never with the title. */
function liveSection(ctx: ViewContext, live: LiveUi | undefined): TemplateResult | typeof nothing {
  if (live === undefined) return nothing;
  if (live.screens === null) {
    live.load();
    return nothing;
  }
  return live.screens.start(ctx, live);
}

/** The teacher's classes on this device: each one's link is the same every time it is opened. */
function savedClasses(ctx: ViewContext, teacher: TeacherStore, t: Translator): TemplateResult {
  const setup = teacher.getState();
  const { catalog } = ctx.session.getState();
  const titleOf = (id: string): string => catalog.find((item) => item.id === id)?.title ?? id;
  const modeOf = (id: string, mode: string | null): string => {
    const modes = catalog.find((item) => item.id === id)?.modes ?? [];
    return modes.length < 2 ? '' : ` · ${(modes.find((candidate) => candidate.id === mode) ?? modes[0])?.label ?? ''}`;
  };
  const save = (event: SubmitEvent): void => {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).elements.namedItem('class-name');
    if (!(field instanceof HTMLInputElement)) return;
    setup.saveClass(field.value, new Date().toISOString());
    ctx.announce(t('teacher.classSaved', { name: field.value.trim() }));
    field.value = '';
  };
  return html`<section class="panel saved-classes" aria-labelledby="teacher-classes">
    <h2 id="teacher-classes">${t('teacher.classes')}</h2>
    <p class="hint">${t('teacher.classesIntro')}</p>
    <form class="row" @submit=${save}>
      <label class="field"
        ><span>${t('teacher.className')}</span
        ><input type="text" name="class-name" maxlength=${LIMITS.slotName} autocomplete="off" required
      /></label>
      <button type="submit">${t('teacher.saveClass')}</button>
    </form>
    ${setup.classes.length === 0
      ? html`<p class="quiet">${t('teacher.noClasses')}</p>`
      : html`<ul class="class-list">
          ${setup.classes.map(
            (saved) =>
              html`<li>
                <span class="class-name">${saved.name}</span>
                <span class="quiet"
                  >${titleOf(saved.scenarioId)}${modeOf(saved.scenarioId, saved.mode)} · ${t('teacher.code')}
                  <code>${encodeClassCode(saved)}</code></span
                >
                <span class="row tight">
                  <button type="button" @click=${() => setup.openClass(saved.name)}>${t('teacher.openClass', { name: saved.name })}</button>
                  <button type="button" @click=${() => setup.forgetClass(saved.name)}>
                    ${t('teacher.forgetClass', { name: saved.name })}
                  </button>
                </span>
              </li>`,
          )}
        </ul>`}
  </section>`;
}

/**
 * The teacher's page: choose the scenario, language, seed and options, and get one short link
 * and a QR code that give every student the same game. No account, no server.
 */
export function teacherScreen(ctx: ViewContext, teacher: TeacherStore, live?: LiveUi): TemplateResult {
  const { catalog } = ctx.session.getState();
  const { language } = ctx.settings.getState();
  const t = translatorFor(language);
  const setup = teacher.getState();
  const link = classLink(window.location.href, setup);
  const code = encodeClassCode(setup);
  const copy = (): void => {
    void navigator.clipboard?.writeText(link).then(
      () => ctx.announce(t('teacher.copied')),
      () => ctx.announce(t('teacher.copyFailed')),
    );
  };
  const modes = catalog.find((item) => item.id === setup.scenarioId)?.modes ?? [];
  const newSeed = (): void => setup.update({ seed: crypto.getRandomValues(new Uint32Array(1))[0] ?? 1 });
  return html`<article class="screen page-screen" aria-labelledby="teacher-heading">
    <header>
      <a href="#" class="back-link">${t('page.back')}</a>
      <h1 id="teacher-heading" tabindex="-1" data-autofocus="teacher">${t('teacher.title')}</h1>
      <p>${t('teacher.intro')}</p>
      <p>${t('teacher.guideIntro')}</p>
      <p class="row">
        <a class="button-link" href=${guidePage(language, 'index.html')} hreflang=${language}>${t('teacher.guide')}</a>
        <a class="button-link" href=${guidePage(language, 'handout.html')} hreflang=${language}>${t('teacher.handout')}</a>
      </p>
    </header>
    <div class="teacher-grid">
      <form class="panel" @submit=${(e: Event) => e.preventDefault()} aria-labelledby="teacher-setup">
        <h2 id="teacher-setup">${t('teacher.setup')}</h2>
        <label class="field"
          ><span>${t('title.scenario')}</span>
          <select @change=${(e: Event) => setup.update({ scenarioId: (e.target as HTMLSelectElement).value, mode: null })}>
            ${catalog.map((item) => html`<option value=${item.id} ?selected=${item.id === setup.scenarioId}>${item.title}</option>`)}
          </select></label
        >
        <label class="field"
          ><span>${t('title.language')}</span>
          <select
            @change=${(e: Event) => {
              const value = (e.target as HTMLSelectElement).value;
              if (isLanguage(value)) setup.update({ language: value });
            }}
          >
            ${INTERFACE_LANGUAGES.map(
              (code) => html`<option value=${code} ?selected=${code === setup.language} lang=${code}>${LANGUAGE_NAMES[code]}</option>`,
            )}
          </select></label
        >
        ${modes.length < 2
          ? nothing
          : html`<label class="field"
              ><span>${t('teacher.mode')}</span>
              <select @change=${(e: Event) => setup.update({ mode: (e.target as HTMLSelectElement).value })}>
                ${modes.map(
                  (mode, index) =>
                    html`<option
                      value=${mode.id}
                      ?selected=${mode.id === (setup.mode ?? modes[0]?.id) || (setup.mode === null && index === 0)}
                    >
                      ${mode.label} (${translateCount(language, 'title.modeTurns', mode.turns)})
                    </option>`,
                )}
              </select></label
            >`}
        <label class="field"
          ><span>${t('teacher.seed')}</span>
          <span class="row tight">
            <input
              type="number"
              min="0"
              max="4294967295"
              inputmode="numeric"
              .value=${String(setup.seed)}
              @input=${(e: Event) => {
                const value = Number((e.target as HTMLInputElement).value);
                if (Number.isInteger(value) && value >= 0 && value <= 0xffffffff) setup.update({ seed: value });
              }}
            />
            <button type="button" @click=${newSeed}>${t('teacher.newSeed')}</button>
          </span></label
        >
        <p class="hint">${t('teacher.seedHint')}</p>
        <label class="field check"
          ><input
            type="checkbox"
            .checked=${setup.predictions}
            @change=${(e: Event) => setup.update({ predictions: (e.target as HTMLInputElement).checked })}
          />
          ${t('teacher.predictions')}</label
        >
        <label class="field check"
          ><input
            type="checkbox"
            .checked=${setup.muted}
            @change=${(e: Event) => setup.update({ muted: (e.target as HTMLInputElement).checked })}
          />
          ${t('teacher.muted')}</label
        >
      </form>
      <section class="panel" aria-labelledby="teacher-link">
        <h2 id="teacher-link">${t('teacher.link')}</h2>
        <label class="field"
          ><span>${t('teacher.linkLabel')}</span
          ><input type="text" readonly .value=${link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
        /></label>
        <p>${t('teacher.code')} <strong class="class-code">${code}</strong></p>
        <div class="row">
          <button type="button" class="primary" @click=${copy}>${t('teacher.copy')}</button>
          <a class="button-link" href=${link} target="_blank" rel="noopener">${t('teacher.open')}</a>
        </div>
        ${until(
          loadQr().then((module) => module.qrCode(link, t('teacher.qr'))),
          html`<p class="quiet">${t('app.loading')}</p>`,
        )}
      </section>
    </div>
    ${liveSection(ctx, live)} ${savedClasses(ctx, teacher, t)}
    ${contentNotes(setup, catalog.find((item) => item.id === setup.scenarioId)?.title ?? setup.scenarioId, t, language)}
    <section class="panel" aria-labelledby="teacher-run">
      <h2 id="teacher-run">${t('teacher.runTitle')}</h2>
      <p>${t('teacher.before')}</p>
      <ol class="class-plan">
        ${PLAN.map(
          (step) =>
            html`<li>
              <span class="plan-time">${t(`teacher.plan${step}.time`)}</span>
              <span>${t(`teacher.plan${step}`)}</span>
            </li>`,
        )}
      </ol>
      <p>${t('teacher.circulate')}</p>
      <p>${t('teacher.offline')}</p>
      <p><a href="#results">${t('title.results')}</a></p>
      <p><a href=${`?scenario=${encodeURIComponent(setup.scenarioId)}#roles`}>${t('teacher.roleCards')}</a></p>
    </section>
  </article>`;
}

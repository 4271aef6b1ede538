import { html, nothing, type TemplateResult } from 'lit-html';
import { SLOT_COUNT } from '../../ui/session-store';
import { modal } from './modal';
import { translatorFor, type ViewContext } from './view-context';

/** Named save slots: save the current game, load or delete a saved one. */
export function savesDialog(ctx: ViewContext): TemplateResult {
  const { slots, game } = ctx.session.getState();
  const { commands } = ctx;
  const { language } = ctx.settings.getState();
  const t = translatorFor(language);
  const close = (): void => ctx.panels.getState().show(null);
  const when = (iso: string): string => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime())
      ? ''
      : new Intl.DateTimeFormat(language === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  };
  const rows = Array.from({ length: SLOT_COUNT }, (_, index) => {
    const slot = index + 1;
    const saved = slots[index] ?? null;
    const inputId = `slot-name-${slot}`;
    const save = (): void => {
      const input = document.getElementById(inputId);
      const name = input instanceof HTMLInputElement && input.value.trim() !== '' ? input.value.trim() : t('saves.slot', { n: slot });
      commands.saveToSlot(slot, name.slice(0, 40));
    };
    return html`<li class="slot">
      <h3>${t('saves.slot', { n: slot })}</h3>
      <p>${saved === null ? t('saves.empty') : t('saves.savedTurn', { name: saved.name, turn: saved.turn, when: when(saved.savedAt) })}</p>
      ${game === null
        ? nothing
        : html`<label class="field"
            ><span>${t('saves.name')}</span><input id=${inputId} type="text" maxlength="40" autocomplete="off" .value=${saved?.name ?? ''}
          /></label>`}
      <div class="row">
        ${game === null ? nothing : html`<button type="button" @click=${save}>${t('saves.save')}</button>`}
        ${saved === null
          ? nothing
          : html`<button type="button" @click=${() => commands.loadSlot(slot)}>${t('saves.load')}</button>
              <button type="button" @click=${() => commands.deleteSlot(slot)}>${t('saves.delete')}</button>`}
      </div>
    </li>`;
  });
  const body = html`<div class="modal-body">
    <h2 id="saves-heading">${t('saves.title')}</h2>
    <ol class="slots">
      ${rows}
    </ol>
    <div class="row end"><button type="button" class="primary" @click=${close}>${t('settings.close')}</button></div>
  </div>`;
  return modal({ id: 'saves-dialog', labelledBy: 'saves-heading', closable: true, onClose: close, body });
}

import { html, type TemplateResult } from 'lit-html';

/**
 * A native modal dialog: the browser traps focus inside it, makes the page behind it inert and
 * closes it on Escape. `render-ui` calls showModal() on every `dialog[data-modal]` after drawing.
 */
export function modal(options: {
  id: string;
  labelledBy: string;
  closable: boolean;
  onClose?: () => void;
  body: TemplateResult;
  wide?: boolean;
}): TemplateResult {
  const onCancel = (event: Event): void => {
    if (!options.closable) event.preventDefault();
  };
  const onClose = (): void => options.onClose?.();
  return html`<dialog
    id=${options.id}
    class="modal ${options.wide === true ? 'wide' : ''}"
    data-modal
    aria-labelledby=${options.labelledBy}
    @cancel=${onCancel}
    @close=${onClose}
  >
    ${options.body}
  </dialog>`;
}

/** Opens every modal the last render added; keeps the ones already open as they are. */
export function openModals(root: HTMLElement): void {
  for (const dialog of root.querySelectorAll<HTMLDialogElement>('dialog[data-modal]')) {
    if (!dialog.open && dialog.isConnected) dialog.showModal();
  }
}

import { html, nothing, type TemplateResult } from 'lit-html';
import type { FileView } from '../../ui/files-view';
import type { Translator } from './view-context';

/**
 * The storylines that decide the ending, as files on the desk: where each stands, since when, the
 * road it can take, and what moves it. A file that moved this turn is marked.
 */
export function fileList(files: readonly FileView[], moved: ReadonlySet<string>, t: Translator): TemplateResult | typeof nothing {
  if (files.length === 0) return nothing;
  return html`<section class="files" aria-labelledby="files-heading">
    <h2 id="files-heading">${t('files.heading')}</h2>
    <ul class="file-list">
      ${files.map(
        (file) =>
          html`<li class="file ${moved.has(file.id) ? 'moved' : ''} ${file.closed ? 'closed' : ''}">
            <h3 class="file-label">${file.label}</h3>
            <p class="file-state">
              <strong>${file.state}</strong>${file.since === '' ? nothing : html` <span class="quiet">(${file.since})</span>`}
              ${moved.has(file.id) ? html`<span class="file-new">${t('files.moved')}</span>` : nothing}
            </p>
            ${file.hint === '' ? nothing : html`<p class="file-hint">${file.hint}</p>`}
            <ol class="file-steps" aria-label=${t('files.steps', { file: file.label })}>
              ${file.steps.map(
                (step) =>
                  html`<li class="${step.current ? 'current' : ''} ${step.reached ? 'reached' : ''} ${step.final ? 'final' : ''}">
                    ${step.label}${step.current ? html`<span class="sr-only"> ${t('files.current')}</span>` : nothing}
                  </li>`,
              )}
            </ol>
          </li>`,
      )}
    </ul>
  </section>`;
}

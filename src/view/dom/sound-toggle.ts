import { html, svg, type TemplateResult } from 'lit-html';
import { translatorFor, type ViewContext } from './view-context';

/** A real toggle button: its name says what it does, aria-pressed says whether sound is off. */
export function soundToggle(ctx: ViewContext): TemplateResult {
  const { language, muted, update } = ctx.settings.getState();
  const t = translatorFor(language);
  return html`<button type="button" class="sound-toggle" aria-pressed=${muted ? 'true' : 'false'} @click=${() => update({ muted: !muted })}>
    ${speakerIcon(muted)} ${t('settings.mute')}
  </button>`;
}

/** A speaker drawn in SVG: emoji fonts are missing on many school machines. */
function speakerIcon(muted: boolean): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
    ${svg`<path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />`}
    ${muted
      ? svg`<path d="M16 9l5 6M21 9l-5 6" stroke="currentColor" stroke-width="2" stroke-linecap="round" />`
      : svg`<path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />`}
  </svg>`;
}

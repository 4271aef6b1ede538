import { html, svg, type TemplateResult } from 'lit-html';
import { create } from 'qrcode';

/**
 * A QR code drawn as SVG squares from the library's module matrix: no markup string is ever
 * built or parsed, so the link it encodes cannot become anything but dots.
 */
export function qrCode(text: string, label: string): TemplateResult {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const margin = 4;
  const cells: TemplateResult[] = [];
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      if (modules.get(row, col) === 1) cells.push(svg`<rect x=${col + margin} y=${row + margin} width="1" height="1" />`);
    }
  }
  const full = size + margin * 2;
  return html`<svg class="qr" viewBox="0 0 ${full} ${full}" role="img" aria-label=${label} shape-rendering="crispEdges">
    ${svg`<rect width=${full} height=${full} fill="#fff" /><g fill="#000">${cells}</g>`}
  </svg>`;
}

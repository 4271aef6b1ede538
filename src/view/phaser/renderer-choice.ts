import Phaser from 'phaser';

/**
 * WebGL on a machine without a GPU runs through a software rasteriser (SwiftShader, llvmpipe) and
 * composites slowly under the DOM layer: measured here at 7 to 20 frames per second against 60 for
 * Phaser's canvas renderer, which draws our flat 2D board just as well. So: WebGL when the GPU is
 * real, canvas when it is emulated. `?renderer=webgl|canvas` overrides it (the benchmarks use it).
 */
export function chooseRenderer(search: string): number {
  const forced = new URLSearchParams(search).get('renderer');
  if (forced === 'canvas') return Phaser.CANVAS;
  if (forced === 'webgl') return Phaser.WEBGL;
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (gl === null) return Phaser.CANVAS;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info === null ? '' : String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer) ? Phaser.CANVAS : Phaser.AUTO;
  } catch {
    return Phaser.CANVAS;
  }
}

import Phaser from 'phaser';

/** The baseline for the browser benchmarks: Phaser with one empty scene, built the same way as the game. */
class Empty extends Phaser.Scene {
  create(): void {
    this.add.text(20, 20, 'Blank Phaser page', { color: '#ffffff' });
    document.body.dataset.ready = 'true';
  }
}

new Phaser.Game({
  type: new URLSearchParams(window.location.search).get('renderer') === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
  parent: 'stage',
  backgroundColor: '#0b1a2b',
  scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
  banner: false,
  audio: { noAudio: true },
  scene: [Empty],
});

import type Phaser from 'phaser';
import type { PanelStore } from '../../ui/panel-store';
import type { SessionStore } from '../../ui/session-store';
import type { SettingsStore } from '../../ui/settings-store';

/** What the scenes read: the stores. Scenes never hold game rules and never change game state. */
export interface StageBridge {
  readonly session: SessionStore;
  readonly settings: SettingsStore;
  readonly panels: PanelStore;
  /** Where the DOM layout wants the board drawn, in page pixels, or null to fill the window. */
  boardRect(): DOMRect | null;
  prefersReducedMotion(): boolean;
}

const KEY = 'stage-bridge';

export function provideBridge(game: Phaser.Game, bridge: StageBridge): void {
  game.registry.set(KEY, bridge);
}

export function bridgeOf(scene: Phaser.Scene): StageBridge {
  return scene.registry.get(KEY) as StageBridge;
}

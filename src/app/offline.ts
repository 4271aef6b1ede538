import { registerSW } from 'virtual:pwa-register';

/**
 * Offline play: the service worker keeps the whole game cached once loaded. When a new version is
 * deployed, the player is told and chooses when to reload (their game is autosaved), instead of
 * the page changing under them mid-turn.
 */
export function enableOffline(onUpdateReady: (reload: () => void) => void): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => onUpdateReady(() => void update(true)),
  });
}

import type { AudioPlayer } from '../audio/audio-player';
import type { SettingsState } from '../ui/settings-store';

/** The page's parts the app needs: found once, or the page is not ours. */
export function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`the page has no #${id}`);
  return found;
}

export function browserLanguage(): 'en' | 'fr' {
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

export function reducedMotion(settings: SettingsState): boolean {
  if (settings.motion === 'system') return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return settings.motion === 'reduced';
}

/** Text size, motion and projector mode are page-wide presentation: CSS reads them from <html>. */
export function applyPresentation(settings: SettingsState): void {
  const root = document.documentElement;
  root.style.setProperty('--text-scale', String(settings.textScale));
  root.classList.toggle('reduce-motion', reducedMotion(settings));
  root.classList.toggle('projector', settings.projector);
}

/** Offers text as a file download; the browser decides where it goes. */
export function download(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The printed report shows every "Why?" and every table: they open for the printer, then close again. */
export function openDetailsForPrint(root: HTMLElement): void {
  let closedForPrint: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    closedForPrint = [...root.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const details of closedForPrint) details.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const details of closedForPrint) details.open = false;
    closedForPrint = [];
  });
}

/** Every button and disclosure clicks audibly (when sound is on). */
export function clickSounds(audio: AudioPlayer): void {
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('button, summary') !== null) audio.play('click');
  });
}

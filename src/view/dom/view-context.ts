import type { Commands } from '../../ui/commands';
import type { StringKey } from '../../ui/i18n/strings-en';
import { translate, type Language } from '../../ui/i18n/translate';
import type { PanelStore } from '../../ui/panel-store';
import type { SelectionStore } from '../../ui/selection-store';
import type { SessionStore } from '../../ui/session-store';
import type { SettingsStore } from '../../ui/settings-store';

/** What every screen needs: the stores it reads, the commands it sends, and the live region it speaks through. */
export interface ViewContext {
  readonly commands: Commands;
  readonly session: SessionStore;
  readonly selection: SelectionStore;
  readonly settings: SettingsStore;
  readonly panels: PanelStore;
  announce(text: string): void;
}

export type Translator = (key: StringKey, params?: Readonly<Record<string, string | number>>) => string;

export function translatorFor(language: Language): Translator {
  return (key, params) => translate(language, key, params);
}

import type { GameState, RichText, ShownText } from '../engine';
import { fillText, textNow } from '../engine';
import { localize, type Language } from './i18n/translate';

/** Scenario text as it read when it happened (the variant and numbers recorded then), in a language. */
export const textAsShown = (text: RichText, shown: ShownText | undefined, language: Language): string =>
  fillText(text, shown, (localized) => localize(localized, language));

/** Scenario text as it reads now, in a state: for what is on the desk at this moment. */
export const textNowIn = (text: RichText, game: GameState, language: Language): string =>
  textNow(text, game, (localized) => localize(localized, language));

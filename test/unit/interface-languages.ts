import { INTERFACE_LANGUAGES, loadInterfaceLanguage } from '../../src/ui/i18n/translate';

// The game loads a language's strings before drawing in it; tests read every language at once.
await Promise.all(INTERFACE_LANGUAGES.map((language) => loadInterfaceLanguage(language)));

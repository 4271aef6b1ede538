import type { GameState, Scenario } from '../engine';
import { localize, type Language } from './i18n/translate';

export interface RoleCard {
  readonly id: string;
  readonly name: string;
  readonly brief: string;
  readonly interests: readonly string[];
}

/** The parts of the cabinet a class can play in groups, as cards to read or print. */
export function roleCards(scenario: Scenario, language: Language): RoleCard[] {
  return scenario.roles.map((role) => ({
    id: role.id,
    name: localize(role.name, language),
    brief: localize(role.brief, language),
    interests: role.interests.map((interest) => localize(interest.label, language)),
  }));
}

export interface RoleOutcome {
  readonly id: string;
  readonly name: string;
  readonly interests: readonly { readonly label: string; readonly met: boolean }[];
  readonly met: number;
}

/** How each role's interests fared in the state the game ended in. */
export function roleOutcomes(scenario: Scenario, game: GameState, language: Language): RoleOutcome[] {
  return scenario.roles.map((role) => {
    const interests = role.interests.map((interest) => ({ label: localize(interest.label, language), met: interest.when.test(game) }));
    return { id: role.id, name: localize(role.name, language), interests, met: interests.filter((interest) => interest.met).length };
  });
}

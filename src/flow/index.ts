/** The turn flow and storylines as statecharts. */
export {
  createCrisisMachine,
  type CrisisContext,
  type CrisisEvent,
  type CrisisInput,
  type CrisisMachine,
  type FlowCue,
} from './crisis-machine';
export { STORYLINE_TICK } from './storyline-regions';
export { turnPhase, type TurnPhase } from './turn-phase';

/** The turn flow and storylines as statecharts. */
export {
  createCrisisMachine,
  type CrisisContext,
  type CrisisEvent,
  type CrisisInput,
  type CrisisMachine,
  type FlowCue,
} from './crisis-machine';
export { turnPhase, type TurnPhase } from './turn-phase';

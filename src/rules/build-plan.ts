import type { Answers } from './answers';
import type { Plan } from './plan';

export function buildPlan(_answers: Answers): Plan {
  throw new Error('not implemented');
}

/**
 * The rules module: pure functions from Answers to a Plan. No React, no i18n, no DOM,
 * no clock. Import from here.
 */
export { AnswersSchema } from './answers';
export type { Answers, Debt } from './answers';
export type { Plan, Offer, Budget, Flag, MethodAdvice } from './plan';
export { buildPlan } from './build-plan';

/**
 * The rules module: pure functions from Answers to a Plan. No React, no i18n, no DOM,
 * no clock: `buildPlan(answers, { today: 'YYYY-MM-DD' })` takes the day as an input.
 * Import from here.
 */
export { AnswersSchema } from './answers';
export type { Answers, Debt } from './answers';
export type { Plan, PlanContext, Offer, Budget, Flag, MethodAdvice, CourtDeadline } from './plan';
export { buildPlan } from './build-plan';

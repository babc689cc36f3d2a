/** The day unit tests read plans on (buildPlan takes "today" as an input, never from a clock). */
export const TODAY = '2026-12-03';

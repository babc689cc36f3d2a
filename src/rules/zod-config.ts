/**
 * Zod compiles fast parsers with `new Function` unless told not to. The app's
 * Content-Security-Policy forbids eval, so that attempt would be blocked and reported on every
 * load. Every module that parses while it is being loaded imports this first: chunking can
 * reorder modules across chunks, so one import in main.tsx would come too late.
 */
import { z } from 'zod';

z.config({ jitless: true });

/** Lets src/main.tsx load zod on its own, in a task of its own. */
export const zodConfigured = true;

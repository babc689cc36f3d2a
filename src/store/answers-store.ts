/**
 * The one store: the answers being built by the wizard, persisted on this device only.
 * Persisted state is versioned; `migrate` brings older saved data forward and
 * `loadDraft` validates whatever comes out of storage, keeping what is valid.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { z } from 'zod';
import {
  AnswersSchema,
  CAUSES,
  COLLECTION,
  DEBT_KINDS,
  EVIDENCE,
  LEGAL_STAGES,
  NEGOTIATED,
  amountSchema,
  aprSchema,
  daysSchema,
  debtNameSchema,
  type Answers,
} from '../rules/answers';

export const STORAGE_KEY = 'rnh.answers';
export const STORE_VERSION = 1;

/** A debt while it is being entered: every field may still be missing. */
export const DebtDraftSchema = z.object({
  name: debtNameSchema.optional().catch(undefined),
  kind: z.enum(DEBT_KINDS).optional().catch(undefined),
  outstanding: amountSchema.optional().catch(undefined),
  overdueDays: daysSchema.optional().catch(undefined),
  apr: aprSchema.nullable().optional().catch(undefined),
  penalties: amountSchema.nullable().optional().catch(undefined),
});
export type DebtDraft = z.infer<typeof DebtDraftSchema>;

/**
 * Answers while the wizard is under way. Parsing a stored draft keeps each valid field and
 * drops each invalid one (`.catch(undefined)`), so corrupt data loses as little as possible.
 */
export const DraftSchema = z.object({
  cause: z.enum(CAUSES).optional().catch(undefined),
  incomeExpectedInDays: daysSchema.nullable().optional().catch(undefined),
  monthlyIncome: amountSchema.optional().catch(undefined),
  monthlyEssentials: amountSchema.optional().catch(undefined),
  lumpSumAvailable: amountSchema.optional().catch(undefined),
  debts: z.array(DebtDraftSchema).max(20).optional().catch(undefined),
  evidence: z.array(z.enum(EVIDENCE)).optional().catch(undefined),
  collection: z.array(z.enum(COLLECTION)).optional().catch(undefined),
  legal: z.enum(LEGAL_STAGES).optional().catch(undefined),
  negotiated: z.enum(NEGOTIATED).optional().catch(undefined),
});
export type Draft = z.infer<typeof DraftSchema>;

/** The complete Answers if the draft is finished and valid, otherwise null. */
export function completeAnswers(draft: Draft): Answers | null {
  const result = AnswersSchema.safeParse({ v: 1, ...draft });
  return result.success ? result.data : null;
}

type AnswersState = {
  draft: Draft;
  /** Set when saved data could not be read in full; the UI shows a notice once. */
  storageNotice: 'none' | 'recovered' | 'unreadable';
  update: (patch: Partial<Draft>) => void;
  replaceWith: (answers: Answers) => void;
  reset: () => void;
  dismissNotice: () => void;
};

export const useAnswersStore = create<AnswersState>()(
  persist(
    (set) => ({
      draft: {},
      storageNotice: 'none',
      update: (patch) => set((s) => ({ draft: { ...s.draft, ...patch } })),
      replaceWith: (answers) => {
        const { v: _v, ...rest } = answers;
        set({ draft: rest });
      },
      reset: () => set({ draft: {} }),
      dismissNotice: () => set({ storageNotice: 'none' }),
    }),
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ draft: s.draft }),
      // Version 0 never shipped; anything older or unknown goes through the same validation.
      migrate: (persisted) => persisted as { draft: Draft },
      merge: (persisted, current) => {
        const raw = (persisted as { draft?: unknown } | undefined)?.draft;
        if (raw === undefined) return current;
        const parsed = DraftSchema.safeParse(raw);
        if (!parsed.success) return { ...current, storageNotice: 'unreadable' };
        const lost = JSON.stringify(parsed.data).length < JSON.stringify(raw).length;
        return { ...current, draft: parsed.data, storageNotice: lost ? 'recovered' : 'none' };
      },
    },
  ),
);

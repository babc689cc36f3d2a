/**
 * The one store: the answers being built by the wizard, persisted on this device only.
 * Persisted state is versioned; `migrate` brings older saved data forward and `merge` validates
 * whatever comes out of storage, keeping each valid field. Storage is wrapped so that a full or
 * blocked localStorage, or garbage in it, never crashes the app: answers then live in memory.
 */
import '../rules/zod-config';
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import type { StoreApi } from 'zustand';
import { z } from 'zod';
import { lazySchema } from '../rules/lazy-schema';
import {
  AnswersSchema,
  CAUSES,
  COLLECTION,
  COURT_PAPERS,
  DEBT_KINDS,
  EVIDENCE,
  LEGAL_STAGES,
  MAX_DEBTS,
  NEGOTIATED,
  PAPER_DISPUTES,
  amountSchema,
  aprSchema,
  daysSchema,
  debtNameSchema,
  isoDateSchema,
  type Answers,
} from '../rules/answers';

export const STORAGE_KEY = 'rnh.answers';
/** 1: { draft }. 2: { draft, extras } (the essentials breakdown was added). */
export const STORE_VERSION = 2;

/** A debt while it is being entered: every field may still be missing. */
export const DebtDraftSchema = lazySchema(() =>
  z.object({
    name: debtNameSchema.optional().catch(undefined),
    kind: z.enum(DEBT_KINDS).optional().catch(undefined),
    outstanding: amountSchema.optional().catch(undefined),
    overdueDays: daysSchema.optional().catch(undefined),
    apr: aprSchema.nullable().optional().catch(undefined),
    penalties: amountSchema.nullable().optional().catch(undefined),
  }),
);
export type DebtDraft = z.infer<typeof DebtDraftSchema>;

/** The court paper while its questions are being answered (each part may still be missing). */
export const CourtPaperDraftSchema = lazySchema(() =>
  z.object({
    debt: z
      .number()
      .int()
      .min(0)
      .max(MAX_DEBTS - 1)
      .optional()
      .catch(undefined),
    paper: z.enum(COURT_PAPERS).optional().catch(undefined),
    receivedOn: isoDateSchema.nullable().optional().catch(undefined),
    courtDate: isoDateSchema.nullable().optional().catch(undefined),
    disputes: z.enum(PAPER_DISPUTES).optional().catch(undefined),
  }),
);
export type CourtPaperDraft = z.infer<typeof CourtPaperDraftSchema>;

/**
 * Answers while the wizard is under way. Parsing a stored draft keeps each valid field and
 * drops each invalid one (`.catch(undefined)`), so corrupt data loses as little as possible.
 */
export const DraftSchema = lazySchema(() =>
  z.object({
    cause: z.enum(CAUSES).optional().catch(undefined),
    incomeExpectedInDays: daysSchema.nullable().optional().catch(undefined),
    monthlyIncome: amountSchema.optional().catch(undefined),
    monthlyEssentials: amountSchema.optional().catch(undefined),
    lumpSumAvailable: amountSchema.optional().catch(undefined),
    debts: z.array(DebtDraftSchema).max(MAX_DEBTS).optional().catch(undefined),
    evidence: z.array(z.enum(EVIDENCE)).optional().catch(undefined),
    collection: z.array(z.enum(COLLECTION)).optional().catch(undefined),
    legal: z.enum(LEGAL_STAGES).optional().catch(undefined),
    negotiated: z.enum(NEGOTIATED).optional().catch(undefined),
    courtPaper: CourtPaperDraftSchema.optional().catch(undefined),
  }),
);
export type Draft = z.infer<typeof DraftSchema>;

/** The parts of monthly essentials; their sum is `monthlyEssentials`. */
export const ESSENTIAL_PARTS = [
  'rent',
  'food',
  'transport',
  'medical',
  'dependants',
  'other',
] as const;
export type EssentialPart = (typeof ESSENTIAL_PARTS)[number];

/**
 * What the wizard keeps beside the Answers but outside the contract: the essentials breakdown,
 * so it survives a reload and shows on the check-answers page. Never shared, never in a link.
 */
export const ExtrasSchema = lazySchema(() =>
  z.object({
    essentials: z
      .object(
        Object.fromEntries(
          ESSENTIAL_PARTS.map((p) => [p, amountSchema.optional().catch(undefined)]),
        ) as Record<EssentialPart, z.ZodCatch<z.ZodOptional<typeof amountSchema>>>,
      )
      .optional()
      .catch(undefined),
  }),
);
export type Extras = z.infer<typeof ExtrasSchema>;
export type EssentialsBreakdown = NonNullable<Extras['essentials']>;

/** Sum of a breakdown in yuan, rounded to the fen. */
export function sumEssentials(parts: EssentialsBreakdown): number {
  const fen = ESSENTIAL_PARTS.reduce((acc, p) => acc + Math.round((parts[p] ?? 0) * 100), 0);
  return fen / 100;
}

/** The complete Answers if the draft is finished and valid, otherwise null. */
export function completeAnswers(draft: Draft): Answers | null {
  const result = AnswersSchema.safeParse({ ...draft, v: 1 });
  return result.success ? result.data : null;
}

/**
 * What the UI says about saved data: 'recovered' (part of it could not be read),
 * 'unreadable' (none of it could), 'write_failed' (this device does not keep new answers).
 */
export type StorageNoticeKind = 'none' | 'recovered' | 'unreadable' | 'write_failed';

export type AnswersState = {
  draft: Draft;
  extras: Extras;
  /** Set when saved data could not be read in full, or saving failed; the UI shows it once. */
  storageNotice: StorageNoticeKind;
  /** Merges a patch into the draft (and, optionally, into the extras) and saves both. */
  update: (patch: Partial<Draft>, extras?: Partial<Extras>) => void;
  replaceWith: (answers: Answers) => void;
  reset: () => void;
  dismissNotice: () => void;
};

type Persisted = { draft: Draft; extras: Extras };

/** What `getItem` hands over when the stored text is not our envelope at all. */
const UNREADABLE = { unreadable: true } as const;

const EnvelopeSchema = lazySchema(() =>
  z.object({
    state: z.record(z.string(), z.unknown()),
    version: z.number().int(),
  }),
);

/**
 * localStorage behind try/catch: reading garbage yields an "unreadable" marker instead of a
 * throw; a write that fails (quota exceeded, private mode, blocked) keeps the answers in memory
 * and calls `onWriteFailed`.
 */
export function createSafeStorage(
  getStorage: () => Storage,
  onWriteFailed: () => void = () => {},
): PersistStorage<Persisted> {
  return {
    getItem: (name) => {
      let text: string | null;
      try {
        text = getStorage().getItem(name);
      } catch {
        return null;
      }
      if (text === null) return null;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        value = undefined;
      }
      const envelope = EnvelopeSchema.safeParse(value);
      if (!envelope.success) {
        return { state: UNREADABLE, version: STORE_VERSION } as unknown as StorageValue<Persisted>;
      }
      return envelope.data as unknown as StorageValue<Persisted>;
    },
    setItem: (name, value) => {
      try {
        getStorage().setItem(name, JSON.stringify(value));
      } catch {
        // full or blocked: the answers stay in memory for this visit
        onWriteFailed();
      }
    },
    removeItem: (name) => {
      try {
        getStorage().removeItem(name);
      } catch {
        // blocked: nothing was stored either
      }
    },
  };
}

/** Brings saved state of an older version forward; the result still goes through `merge`. */
export function migratePersisted(persisted: unknown, version: number): unknown {
  if (version === 1 && persisted && typeof persisted === 'object') {
    return { ...(persisted as object), extras: {} };
  }
  // Version 0 never shipped; unknown or newer versions go through the same validation.
  return persisted;
}

/** Validates saved state field by field; says whether anything had to be dropped. */
export function mergePersisted(persisted: unknown, current: AnswersState): AnswersState {
  if (persisted === undefined || persisted === null) return current;
  if (typeof persisted !== 'object' || 'unreadable' in persisted) {
    return { ...current, storageNotice: 'unreadable' };
  }
  const raw = persisted as { draft?: unknown; extras?: unknown };
  if (raw.draft === undefined && raw.extras === undefined) return current;
  const draft = DraftSchema.safeParse(raw.draft ?? {});
  if (!draft.success) return { ...current, storageNotice: 'unreadable' };
  const extras = ExtrasSchema.safeParse(raw.extras ?? {});
  const keptExtras = extras.success ? extras.data : {};
  const lost =
    JSON.stringify(draft.data).length < JSON.stringify(raw.draft ?? {}).length ||
    JSON.stringify(keptExtras).length < JSON.stringify(raw.extras ?? {}).length;
  return {
    ...current,
    draft: draft.data,
    extras: keptExtras,
    storageNotice: lost ? 'recovered' : 'none',
  };
}

/** Creates the store; tests call it again to see what a reload would read back. */
export function createAnswersStore(getStorage: () => Storage = () => localStorage) {
  let api: StoreApi<AnswersState> | undefined;
  // A failed write is reported once per visit. If another notice is showing, it waits its turn.
  let writeFailure: 'none' | 'pending' | 'shown' = 'none';
  const reportWriteFailure = () => {
    if (writeFailure !== 'none' || !api) return;
    if (api.getState().storageNotice === 'none') {
      writeFailure = 'shown';
      // This set tries to save again and fails again; `writeFailure` stops the loop.
      api.setState({ storageNotice: 'write_failed' });
    } else {
      writeFailure = 'pending';
    }
  };
  return create<AnswersState>()(
    persist(
      (set, _get, storeApi) => {
        api = storeApi;
        return {
          draft: {},
          extras: {},
          storageNotice: 'none',
          update: (patch, extras) =>
            set((s) => ({
              draft: { ...s.draft, ...patch },
              extras: extras ? { ...s.extras, ...extras } : s.extras,
            })),
          replaceWith: (answers) => {
            const { v: _v, ...rest } = answers;
            set({ draft: rest, extras: {} });
          },
          reset: () => set({ draft: {}, extras: {} }),
          dismissNotice: () => {
            if (writeFailure === 'pending') {
              writeFailure = 'shown';
              set({ storageNotice: 'write_failed' });
            } else {
              set({ storageNotice: 'none' });
            }
          },
        };
      },
      {
        name: STORAGE_KEY,
        version: STORE_VERSION,
        storage: createSafeStorage(getStorage, reportWriteFailure),
        partialize: (s) => ({ draft: s.draft, extras: s.extras }),
        migrate: (persisted, version) => migratePersisted(persisted, version) as Persisted,
        merge: (persisted, current) => mergePersisted(persisted, current),
      },
    ),
  );
}

export const useAnswersStore = createAnswersStore();

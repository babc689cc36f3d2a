/**
 * The one store: the answers being built by the wizard, persisted on this device only.
 * Persisted state is versioned; `migrate` brings older saved data forward and `merge` validates
 * whatever comes out of storage, keeping each valid field. Storage goes through a saved record
 * (./saved-record.ts): a full or blocked storage, or garbage in it, never crashes the app and
 * never passes in silence (`storageNotice`); answers then live in memory. Data from a newer
 * version is never written over, and unreadable data is kept aside before anything replaces it.
 *
 * Two tabs: every change is a patch laid over what is saved now (another tab may have saved
 * since), and a `storage` event from another tab reloads the answers from storage.
 */
import '../rules/zod-config';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
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
import {
  isLoadProblem,
  noticeForFailure,
  recordStorage,
  savedRecord,
  type SaveResult,
  type StorageNoticeKind,
} from './saved-record';

export type { SaveResult, StorageNoticeKind } from './saved-record';

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

export type AnswersState = {
  draft: Draft;
  extras: Extras;
  /** Set when saved data could not be read in full, or saving failed; the UI shows it once. */
  storageNotice: StorageNoticeKind;
  /** Unreadable saved data (or a copy of it) is still on this device; it can be deleted. */
  damagedKept: boolean;
  /** Lays a patch over the saved draft (and, optionally, the extras) and saves both. */
  update: (patch: Partial<Draft>, extras?: Partial<Extras>) => SaveResult;
  replaceWith: (answers: Answers) => SaveResult;
  reset: () => SaveResult;
  dismissNotice: () => void;
  /** Deletes the unreadable data kept on this device; saving goes on if it was paused for it. */
  deleteDamaged: () => void;
};

type Persisted = { draft: Draft; extras: Extras };

/** Brings saved state of an older version forward; the result still goes through `merge`. */
export function migratePersisted(persisted: unknown, version: number): unknown {
  if (version === 1 && persisted && typeof persisted === 'object') {
    return { ...(persisted as object), extras: {} };
  }
  // Version 0 never shipped; newer versions never get here (the record keeps them untouched).
  return persisted;
}

/** Validates saved state field by field; says whether anything had to be dropped. */
export function mergePersisted(persisted: unknown, current: AnswersState): AnswersState {
  // Nothing saved (a first visit, or another tab cleared the data): no answers.
  if (persisted === undefined || persisted === null) return { ...current, draft: {}, extras: {} };
  if (isLoadProblem(persisted)) {
    const kind = persisted.loadProblem;
    // Blocked: nothing was read, so what is in memory stays. Otherwise the data here is not
    // ours to read: start empty, and leave it as it is (newer) or kept aside (unreadable).
    if (kind === 'blocked') return { ...current, storageNotice: 'blocked' };
    const notice = kind === 'newer' ? 'newer_version' : 'unreadable';
    return {
      ...current,
      draft: {},
      extras: {},
      storageNotice: notice,
      damagedKept: notice === 'unreadable',
    };
  }
  if (typeof persisted !== 'object') return { ...current, storageNotice: 'unreadable' };
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
    // A reload from another tab keeps a notice this tab is still showing.
    storageNotice: lost ? 'recovered' : current.storageNotice,
  };
}

/** The saved draft and extras, validated, or null when they cannot be read as answers. */
function readPersisted(state: unknown, version: number): Persisted | null {
  const migrated = migratePersisted(state, version) as { draft?: unknown; extras?: unknown };
  const draft = DraftSchema.safeParse(migrated?.draft ?? {});
  const extras = ExtrasSchema.safeParse(migrated?.extras ?? {});
  return draft.success ? { draft: draft.data, extras: extras.success ? extras.data : {} } : null;
}

export type AnswersStoreOptions = {
  /** Follow other tabs' saves (the app's store does; stores made by tests need not). */
  syncAcrossTabs?: boolean;
};

/** Creates the store; tests call it again to see what a reload would read back. */
export function createAnswersStore(
  getStorage: () => Storage = () => localStorage,
  options: AnswersStoreOptions = {},
) {
  let api: StoreApi<AnswersState> | undefined;
  const record = savedRecord(STORAGE_KEY, STORE_VERSION, getStorage);
  let lastWrite: SaveResult = { ok: true };
  /**
   * A failed save is told once until a save works again: 'told' (showing or seen), 'pending'
   * (another notice is showing; this one comes when that is dismissed).
   */
  let failing: 'no' | 'told' | 'pending' = 'no';
  let pendingNotice: StorageNoticeKind = 'none';
  const onWrite = (result: SaveResult) => {
    lastWrite = result;
    if (!api) return;
    const notice = api.getState().storageNotice;
    if (result.ok) {
      if (failing === 'no') return;
      failing = 'no';
      // Saving works again: "not saved" would no longer be true.
      if (notice === 'write_failed') api.setState({ storageNotice: 'none' });
      return;
    }
    if (failing !== 'no') return;
    const kind = noticeForFailure(result.reason);
    if (notice === kind || notice === 'none') {
      failing = 'told';
      // This set saves again and fails again; `failing` stops the loop.
      if (notice === 'none') api.setState({ storageNotice: kind });
    } else {
      failing = 'pending';
      pendingNotice = kind;
    }
  };

  const store = create<AnswersState>()(
    persist(
      (set, get, storeApi) => {
        api = storeApi;
        /** Sets the state (which saves it) and says whether the save worked. */
        const commit = (next: Partial<AnswersState>): SaveResult => {
          set(next);
          return lastWrite;
        };
        /** What is saved now, if another tab saved since this one last read or wrote. */
        const savedByOthers = (): Persisted | null => {
          const envelope = record.changedSince();
          return envelope ? readPersisted(envelope.state, envelope.version) : null;
        };
        return {
          draft: {},
          extras: {},
          storageNotice: 'none',
          damagedKept: false,
          update: (patch, extras) => {
            const base = savedByOthers() ?? get();
            return commit({
              draft: { ...base.draft, ...patch },
              extras: extras ? { ...base.extras, ...extras } : base.extras,
            });
          },
          replaceWith: (answers) => {
            const { v: _v, ...rest } = answers;
            return commit({ draft: rest, extras: {} });
          },
          reset: () => commit({ draft: {}, extras: {} }),
          dismissNotice: () => {
            if (failing === 'pending') {
              failing = 'told';
              set({ storageNotice: pendingNotice });
            } else {
              set({ storageNotice: 'none' });
            }
          },
          deleteDamaged: () => {
            const removed = record.deleteDamaged();
            if (!removed.ok) {
              set({ storageNotice: noticeForFailure(removed.reason) });
              return;
            }
            failing = 'no';
            // Saves what is in memory now, if saving was paused for the damaged data.
            set({ damagedKept: false, storageNotice: 'none' });
          },
        };
      },
      {
        name: STORAGE_KEY,
        version: STORE_VERSION,
        storage: recordStorage<Persisted>(record, STORE_VERSION, onWrite),
        partialize: (s) => ({ draft: s.draft, extras: s.extras }),
        migrate: (persisted, version) => migratePersisted(persisted, version) as Persisted,
        merge: (persisted, current) => {
          // A fresh read: a save that fails from here on is told again.
          failing = 'no';
          const merged = mergePersisted(persisted, current);
          // Part or all of it could not be read: it goes aside before anything is saved over it
          // (data the record could not even parse was kept aside by the record itself).
          const lost =
            merged.storageNotice === 'recovered' || merged.storageNotice === 'unreadable';
          if (lost && !isLoadProblem(persisted) && current.storageNotice !== merged.storageNotice) {
            return { ...merged, damagedKept: record.keepAside() || merged.damagedKept };
          }
          return merged;
        },
      },
    ),
  );

  if (options.syncAcrossTabs && typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      // Another tab saved, removed or cleared the answers: read them again (merge validates).
      if (event.key === STORAGE_KEY || event.key === null) void store.persist.rehydrate();
    });
  }
  return store;
}

export const useAnswersStore = createAnswersStore(() => localStorage, { syncAcrossTabs: true });

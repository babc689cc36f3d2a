/**
 * The negotiation log: every contact with a lender or collector, kept on this device only.
 * A record of who said what, when, is what makes a later complaint or a court's mediation
 * work, so contacts at night or with family are flagged as evidence.
 *
 * Persisted under `rnh.log`, versioned, through a saved record (./saved-record.ts). Whatever
 * comes out of storage goes through the zod schema entry by entry: valid entries are kept,
 * broken ones dropped (the data as it was is copied aside first), and unreadable data leaves an
 * empty log with a notice, never a crash; a newer version's log is left untouched.
 *
 * Every change says whether it was saved. It is applied, entry by entry (by id), to the log as
 * it is saved now, so two tabs adding, editing and deleting never undo each other; a `storage`
 * event from another tab reloads the log. A change that cannot be saved is not shown as saved:
 * the store keeps the log as it was and the page keeps the entry in its form. Only where the
 * browser keeps nothing at all (blocked storage) does the log live on in memory for the visit.
 */
import '../rules/zod-config';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { z } from 'zod';
import { lazySchema } from '../rules/lazy-schema';
import {
  isLoadProblem,
  recordStorage,
  savedRecord,
  type SaveResult,
  type StorageNoticeKind,
} from './saved-record';

export const LOG_STORAGE_KEY = 'rnh.log';
export const LOG_STORE_VERSION = 1;
export const MAX_LOG_ENTRIES = 500;
export const MAX_LENDER_LENGTH = 40;
export const MAX_PERSON_LENGTH = 60;
export const MAX_NOTE_LENGTH = 1000;

export const CHANNELS = ['phone', 'app_chat', 'sms', 'letter', 'in_person', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** One contact. `time` may be empty when the user does not remember it. */
export const LogEntryInputSchema = lazySchema(() =>
  z.object({
    lender: z
      .string()
      .trim()
      .min(1, { error: 'lender_required' })
      .max(MAX_LENDER_LENGTH, { error: 'lender_too_long' }),
    date: z.string().regex(DATE_RE, { error: 'date_invalid' }),
    time: z.union([z.literal(''), z.string().regex(TIME_RE, { error: 'time_invalid' })]),
    channel: z.enum(CHANNELS, { error: 'channel_required' }),
    person: z.string().trim().max(MAX_PERSON_LENGTH, { error: 'person_too_long' }),
    offered: z.string().trim().max(MAX_NOTE_LENGTH, { error: 'note_too_long' }),
    result: z.string().trim().max(MAX_NOTE_LENGTH, { error: 'note_too_long' }),
    writtenConfirmation: z.boolean(),
    contactedFamily: z.boolean(),
  }),
);
export type LogEntryInput = z.infer<typeof LogEntryInputSchema>;

export const LogEntrySchema = lazySchema(() =>
  LogEntryInputSchema.extend({ id: z.string().min(1).max(64) }),
);
export type LogEntry = z.infer<typeof LogEntrySchema>;

/**
 * Outside 08:00–22:00. The China Banking Association's 2026 collection guideline (self-
 * regulation, not law) rules out collection from 22:00 to 08:00 without the debtor's consent,
 * so such contacts are worth noting in a complaint. Unknown time: not flagged.
 */
export function isOutsideHours(time: string): boolean {
  const match = TIME_RE.exec(time);
  if (!match) return false;
  const hour = Number(time.slice(0, 2));
  return hour < 8 || hour >= 22;
}

/** The flags an entry carries, in the order they are shown. */
export type LogFlag = 'outside_hours' | 'contacted_family';
export function entryFlags(entry: Pick<LogEntry, 'time' | 'contactedFamily'>): LogFlag[] {
  const flags: LogFlag[] = [];
  if (isOutsideHours(entry.time)) flags.push('outside_hours');
  if (entry.contactedFamily) flags.push('contacted_family');
  return flags;
}

/** Oldest first: by date, then time (unknown time first within a day). */
export function sortEntries(entries: readonly LogEntry[]): LogEntry[] {
  return [...entries].sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`));
}

type Persisted = { entries: unknown };

/** The notices a log can carry: the load's, and a paused save (newer or damaged data here). */
export type LogNoticeKind = Extract<
  StorageNoticeKind,
  'none' | 'recovered' | 'unreadable' | 'newer_version' | 'blocked'
>;

/** A change of the log, and the entry it was about. */
export type LogChange = SaveResult & { entry: LogEntry };

type LogState = {
  entries: LogEntry[];
  /** Set when saved entries could not be read in full; the page says so once. */
  storageNotice: LogNoticeKind;
  /** Unreadable saved entries (or a copy of them) are still on this device. */
  damagedKept: boolean;
  add: (entry: LogEntryInput) => LogChange;
  update: (id: string, entry: LogEntryInput) => LogChange;
  remove: (id: string) => SaveResult;
  /** Puts a removed entry back (undo). */
  restore: (entry: LogEntry) => SaveResult;
  clear: () => SaveResult;
  dismissNotice: () => void;
  deleteDamaged: () => void;
};

function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Keeps each valid entry of whatever was stored. */
export function parseStoredEntries(raw: unknown): {
  entries: LogEntry[];
  notice: 'none' | 'recovered' | 'unreadable';
} {
  if (raw === undefined || raw === null) return { entries: [], notice: 'none' };
  if (!Array.isArray(raw)) return { entries: [], notice: 'unreadable' };
  const entries: LogEntry[] = [];
  for (const item of raw.slice(0, MAX_LOG_ENTRIES)) {
    const parsed = LogEntrySchema.safeParse(item);
    if (parsed.success) entries.push(parsed.data);
  }
  return { entries, notice: entries.length === raw.length ? 'none' : 'recovered' };
}

export type LogStoreOptions = { syncAcrossTabs?: boolean };

/** A fresh store bound to localStorage (the app uses one; tests create more to "reload"). */
export function createLogStore(
  getStorage: () => Storage = () => localStorage,
  options: LogStoreOptions = {},
) {
  const record = savedRecord(LOG_STORAGE_KEY, LOG_STORE_VERSION, getStorage);
  let lastWrite: SaveResult = { ok: true };
  const store = create<LogState>()(
    persist(
      (set, get) => {
        /**
         * Applies `change` to the log as saved now (another tab may have saved since), saves it,
         * and keeps the result only if it was saved, or if nothing can be saved here at all.
         */
        const commit = (change: (entries: LogEntry[]) => LogEntry[]): SaveResult => {
          const envelope = record.changedSince();
          const base = envelope
            ? parseStoredEntries(envelope.state.entries).entries
            : get().entries;
          set({ entries: change(base).slice(-MAX_LOG_ENTRIES) });
          const result = lastWrite;
          if (!result.ok && result.reason !== 'blocked') set({ entries: base });
          return result;
        };
        return {
          entries: [],
          storageNotice: 'none',
          damagedKept: false,
          add: (input) => {
            const entry = LogEntrySchema.parse({ ...input, id: newId() });
            return { ...commit((entries) => [...entries, entry]), entry };
          },
          update: (id, input) => {
            const entry = LogEntrySchema.parse({ ...input, id });
            // An entry another tab deleted meanwhile comes back with this edit: nothing is lost.
            return {
              ...commit((entries) =>
                entries.some((e) => e.id === id)
                  ? entries.map((e) => (e.id === id ? entry : e))
                  : [...entries, entry],
              ),
              entry,
            };
          },
          remove: (id) => commit((entries) => entries.filter((e) => e.id !== id)),
          restore: (entry) =>
            commit((entries) =>
              entries.some((e) => e.id === entry.id) ? entries : [...entries, entry],
            ),
          clear: () => commit(() => []),
          dismissNotice: () => set({ storageNotice: 'none' }),
          deleteDamaged: () => {
            const removed = record.deleteDamaged();
            // Only a browser that blocks storage refuses a removal: say that instead.
            if (!removed.ok) return set({ storageNotice: 'blocked' });
            set({ damagedKept: false, storageNotice: 'none' });
          },
        };
      },
      {
        name: LOG_STORAGE_KEY,
        version: LOG_STORE_VERSION,
        storage: recordStorage<Persisted>(record, LOG_STORE_VERSION, (result) => {
          lastWrite = result;
        }),
        partialize: (s) => ({ entries: s.entries }),
        // Version 1 is the first; anything older goes through the same entry-by-entry check.
        migrate: (persisted) => persisted as Persisted,
        merge: (persisted, current) => {
          if (isLoadProblem(persisted)) {
            const kind = persisted.loadProblem;
            if (kind === 'blocked') return { ...current, storageNotice: 'blocked' };
            const notice = kind === 'newer' ? 'newer_version' : 'unreadable';
            return {
              ...current,
              entries: [],
              storageNotice: notice,
              damagedKept: notice === 'unreadable',
            };
          }
          const raw = (persisted as Partial<Persisted> | undefined)?.entries;
          const { entries, notice } = parseStoredEntries(raw);
          if (notice === 'none') return { ...current, entries };
          // Part of it could not be read: the whole goes aside before the rest is saved again.
          const kept = current.storageNotice === notice || record.keepAside();
          return {
            ...current,
            entries,
            storageNotice: notice,
            damagedKept: kept || current.damagedKept,
          };
        },
      },
    ),
  );
  if (options.syncAcrossTabs && typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key === LOG_STORAGE_KEY || event.key === null) void store.persist.rehydrate();
    });
  }
  return store;
}

export const useLogStore = createLogStore(() => localStorage, { syncAcrossTabs: true });

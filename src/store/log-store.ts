/**
 * The negotiation log: every contact with a lender or collector, kept on this device only.
 * A record of who said what, when, is what makes a later complaint or a court's mediation
 * work, so contacts at night or with family are flagged as evidence.
 *
 * Persisted under `rnh.log`, versioned. Whatever comes out of storage goes through the zod
 * schema entry by entry: valid entries are kept, broken ones dropped, and unreadable data
 * leaves an empty log with a notice, never a crash.
 */
import '../rules/zod-config';
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { z } from 'zod';
import { lazySchema } from '../rules/lazy-schema';

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

type LogState = {
  entries: LogEntry[];
  /** Set when saved entries could not be read in full; the page says so once. */
  storageNotice: 'none' | 'recovered' | 'unreadable';
  add: (entry: LogEntryInput) => LogEntry;
  update: (id: string, entry: LogEntryInput) => void;
  remove: (id: string) => void;
  /** Puts a removed entry back (undo). */
  restore: (entry: LogEntry) => void;
  clear: () => void;
  dismissNotice: () => void;
};

const CORRUPT = { corrupt: true } as const;

/** localStorage that never throws: unparsable JSON comes back as a marker, not an error. */
const safeStorage: PersistStorage<Persisted> = {
  getItem: (name) => {
    try {
      const raw = localStorage.getItem(name);
      if (raw === null) return null;
      return JSON.parse(raw) as StorageValue<Persisted>;
    } catch {
      return { state: { entries: CORRUPT }, version: LOG_STORE_VERSION };
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, JSON.stringify(value));
    } catch {
      // storage full or blocked: the log lasts for this visit only
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // nothing stored
    }
  },
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
  notice: LogState['storageNotice'];
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

/** A fresh store bound to localStorage (the app uses one; tests create more to "reload"). */
export function createLogStore() {
  return create<LogState>()(
    persist(
      (set) => ({
        entries: [],
        storageNotice: 'none',
        add: (input) => {
          const entry = LogEntrySchema.parse({ ...input, id: newId() });
          set((s) => ({ entries: [...s.entries, entry].slice(-MAX_LOG_ENTRIES) }));
          return entry;
        },
        update: (id, input) => {
          const entry = LogEntrySchema.parse({ ...input, id });
          set((s) => ({ entries: s.entries.map((e) => (e.id === id ? entry : e)) }));
        },
        remove: (id) => set((s) => ({ entries: s.entries.filter((e) => e.id !== id) })),
        restore: (entry) =>
          set((s) =>
            s.entries.some((e) => e.id === entry.id) ? s : { entries: [...s.entries, entry] },
          ),
        clear: () => set({ entries: [] }),
        dismissNotice: () => set({ storageNotice: 'none' }),
      }),
      {
        name: LOG_STORAGE_KEY,
        version: LOG_STORE_VERSION,
        storage: safeStorage,
        partialize: (s) => ({ entries: s.entries }),
        // Version 1 is the first; anything else goes through the same entry-by-entry check.
        migrate: (persisted) => persisted as Persisted,
        merge: (persisted, current) => {
          const raw = (persisted as Partial<Persisted> | undefined)?.entries;
          const { entries, notice } = parseStoredEntries(raw);
          return { ...current, entries, storageNotice: notice };
        },
      },
    ),
  );
}

export const useLogStore = createLogStore();

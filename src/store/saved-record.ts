/**
 * One saved record of the app (the answers, the log): a versioned JSON envelope
 * `{ state, version }` under one key, read and written through src/lib/safe-storage.ts.
 *
 * It never destroys what it cannot read:
 * - data saved by a newer version of the app (a person who opened a newer deployment, then an
 *   older cached one) is left exactly as it is, and saving pauses (`newer_version`);
 * - data that is not an envelope at all is copied to a backup key (`rnh.backup.<name>`) before
 *   anything is written over it; if even the copy cannot be made (storage full), the data stays
 *   where it is and saving pauses (`damaged`) until the person deletes it;
 * - data that can be read only in part is copied aside too (`keepAside`), before the parts that
 *   could be read are saved again.
 * Backups are app keys (`rnh.`), so "clear my data" removes them with everything else.
 *
 * It also knows what it last read or wrote, so a store can tell when another tab has saved since
 * (`changedSince`) and merge that in before it writes.
 */
import {
  readItem,
  removeItem,
  writeItem,
  type Area,
  type WriteFailure,
  type WriteResult,
} from '../lib/safe-storage';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { APP_KEY_PREFIX } from './device-data';

/** Why a save failed: the storage's own reasons, or data here that must not be written over. */
export type SaveFailure = WriteFailure | 'newer_version' | 'damaged';
export type SaveResult = { ok: true } | { ok: false; reason: SaveFailure };

export type Envelope = { state: Record<string, unknown>; version: number };

/** What a load found. */
export type Loaded =
  | { kind: 'empty' }
  | { kind: 'found'; envelope: Envelope }
  | { kind: 'newer'; version: number }
  | { kind: 'unreadable'; keptAside: boolean }
  | { kind: 'blocked' };

/** Where the copy of `key`'s unreadable data goes: rnh.answers -> rnh.backup.answers. */
export function backupKeyOf(key: string): string {
  const name = key.startsWith(APP_KEY_PREFIX) ? key.slice(APP_KEY_PREFIX.length) : key;
  return `${APP_KEY_PREFIX}backup.${name}`;
}

function parseEnvelope(text: string): Envelope | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { state, version } = value as { state?: unknown; version?: unknown };
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return null;
  if (!Number.isInteger(version)) return null;
  return { state: state as Record<string, unknown>, version: version as number };
}

export type SavedRecord = ReturnType<typeof savedRecord>;

export function savedRecord(key: string, version: number, area: Area = 'local') {
  const backupKey = backupKeyOf(key);
  /** The text last read or written here: any other text means another tab saved since. */
  let known: string | null = null;
  /** Why saving is paused, if it is. */
  let paused: 'newer_version' | 'damaged' | null = null;

  const copyAside = (text: string): boolean => writeItem(backupKey, text, area).ok;

  return {
    key,
    backupKey,
    /** Reads the record; keeps unreadable data aside and pauses saving over what it cannot read. */
    load(): Loaded {
      const read = readItem(key, area);
      if (!read.ok) return { kind: 'blocked' };
      known = read.text;
      paused = null;
      if (read.text === null) return { kind: 'empty' };
      const envelope = parseEnvelope(read.text);
      if (!envelope) {
        const keptAside = copyAside(read.text);
        if (!keptAside) paused = 'damaged';
        return { kind: 'unreadable', keptAside };
      }
      if (envelope.version > version) {
        paused = 'newer_version';
        return { kind: 'newer', version: envelope.version };
      }
      return { kind: 'found', envelope };
    },

    /** What another tab saved since this one last read or wrote (current or older version). */
    changedSince(): Envelope | null {
      const read = readItem(key, area);
      if (!read.ok || read.text === null || read.text === known) return null;
      const envelope = parseEnvelope(read.text);
      return envelope && envelope.version <= version ? envelope : null;
    },

    /** Copies the data last read to the backup key (before its readable parts are saved over it). */
    keepAside(): boolean {
      return known !== null && copyAside(known);
    },

    /** Saves `state`, unless that would write over data this version cannot read. */
    save(state: unknown): SaveResult {
      if (paused) return { ok: false, reason: paused };
      const text = JSON.stringify({ state, version });
      const read = readItem(key, area);
      if (read.ok && read.text !== null && read.text !== known) {
        // Another tab saved since: never over a newer version, nor over something unreadable.
        const envelope = parseEnvelope(read.text);
        if (envelope && envelope.version > version) {
          paused = 'newer_version';
          return { ok: false, reason: 'newer_version' };
        }
        if (!envelope && !copyAside(read.text)) {
          paused = 'damaged';
          return { ok: false, reason: 'damaged' };
        }
      }
      if (read.ok && read.text === text) {
        known = text;
        return { ok: true };
      }
      const written = writeItem(key, text, area);
      if (written.ok) known = text;
      return written;
    },

    /** Removes the record (a reset or a clear of the app's data). */
    remove(): WriteResult {
      const removed = removeItem(key, area);
      if (removed.ok) {
        known = null;
        if (paused === 'damaged') paused = null;
      }
      return removed;
    },

    /** Deletes the unreadable data: the kept copy, and the data itself if it could not move. */
    deleteDamaged(): WriteResult {
      const backup = removeItem(backupKey, area);
      if (paused !== 'damaged') return backup;
      const removed = removeItem(key, area);
      if (removed.ok) {
        known = null;
        paused = null;
      }
      return removed.ok ? backup : removed;
    },

    /** Why saving is paused: newer data, or unreadable data that could not be kept aside. */
    paused(): 'newer_version' | 'damaged' | null {
      return paused;
    },
  };
}

/**
 * What a store tells the person about its saved data (app:storage.* and app:storage.log_*):
 * - recovered: part of it could not be read; the rest is kept and the whole copied aside;
 * - unreadable: none of it could be read; it was kept aside (or left in place) untouched;
 * - newer_version: saved by a newer version of the app, left untouched; reload to use it;
 * - blocked: this browser does not let the app keep anything (private mode, a policy);
 * - write_failed: the last save did not happen, the storage is full;
 * - write_failed_damaged: not saved, so as not to write over unreadable data still in place.
 */
export type StorageNoticeKind =
  | 'none'
  | 'recovered'
  | 'unreadable'
  | 'newer_version'
  | 'blocked'
  | 'write_failed'
  | 'write_failed_damaged';

export function noticeForFailure(reason: SaveFailure): StorageNoticeKind {
  switch (reason) {
    case 'full':
      return 'write_failed';
    case 'blocked':
      return 'blocked';
    case 'newer_version':
      return 'newer_version';
    case 'damaged':
      return 'write_failed_damaged';
  }
}

/** Marker a store's persist storage hands over when a load found no data it can use. */
export type LoadProblem = { loadProblem: Exclude<Loaded['kind'], 'empty' | 'found'> };

export function isLoadProblem(value: unknown): value is LoadProblem {
  return typeof value === 'object' && value !== null && 'loadProblem' in value;
}

/**
 * zustand persist's storage over a saved record: loads through `load()` (problems come through
 * as a LoadProblem state, for the store's `merge` to turn into a notice), and every write the
 * middleware makes goes through `save()`, its result handed to `onWrite`.
 */
export function recordStorage<S>(
  record: SavedRecord,
  currentVersion: number,
  onWrite: (result: SaveResult) => void,
): PersistStorage<S> {
  return {
    getItem: () => {
      const loaded = record.load();
      if (loaded.kind === 'empty') return null;
      if (loaded.kind === 'found') return loaded.envelope as unknown as StorageValue<S>;
      const problem: LoadProblem = { loadProblem: loaded.kind };
      return { state: problem, version: currentVersion } as unknown as StorageValue<S>;
    },
    setItem: (_name, value) => onWrite(record.save(value.state)),
    removeItem: () => {
      record.remove();
    },
  };
}

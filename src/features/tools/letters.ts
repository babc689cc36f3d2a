/**
 * Letters the borrower can send: templates live in content/<locale>/letters.json with
 * `{{placeholders}}`; this module decides which values fill them (from the answers, the plan's
 * offer for the chosen lender and the negotiation log) and fills them. No React here.
 *
 * Each letter's values are listed in LETTER_VALUES; a content test checks that every
 * placeholder in every template names one of them and that nothing is left unfilled.
 */
import type { Answers } from '../../rules/answers';
import type { Offer, Plan } from '../../rules/plan';
import { addDays, formatDate, formatMoney } from '../../lib/format';
import { dateOf } from '../../lib/today';
import { entryFlags, sortEntries, type LogEntry } from '../../store/log-store';

export const LETTER_IDS = [
  'negotiation_request',
  'hardship_application',
  'collection_complaint',
  'payment_order_objection',
  'defence_outline',
] as const;
export type LetterId = (typeof LETTER_IDS)[number];

export function isLetterId(value: unknown): value is LetterId {
  return typeof value === 'string' && (LETTER_IDS as readonly string[]).includes(value);
}

/**
 * The parts of a letter, in order, that make up its text (title and intro are page text).
 * `case` names the court paper from this lender, when there is one; empty parts are left out.
 */
export const LETTER_FIELDS = ['to', 'subject', 'case', 'body', 'closing'] as const;

/** Values each letter provides to its template. */
export const LETTER_VALUES = {
  negotiation_request: [
    'lender',
    'outstanding',
    'overdue_days',
    'cause',
    'request',
    'case',
    'date',
  ],
  hardship_application: [
    'lender',
    'outstanding',
    'overdue_days',
    'cause',
    'evidence_list',
    'request',
    'case',
    'date',
  ],
  collection_complaint: [
    'lender',
    'outstanding',
    'overdue_days',
    'collection_list',
    'contact_records',
    'addressee',
    'case',
    'date',
  ],
  payment_order_objection: ['lender', 'outstanding', 'received_date', 'date'],
  defence_outline: [
    'lender',
    'outstanding',
    'overdue_days',
    'received_date',
    'cause',
    'request',
    'date',
  ],
} as const satisfies Record<LetterId, readonly string[]>;

/** Values the `parts.request.*` sentences may use. */
export const REQUEST_VALUES = [
  'monthly',
  'months',
  'first_date',
  'extension_date',
  'total',
  'settlement',
  'monthly_available',
] as const;
/** Which sentence of `parts.request` asks for what the offer proposes. */
export const REQUEST_KINDS = [
  'extension',
  'instalments',
  'penalty_relief',
  'restructuring',
  'hardship',
  'settlement',
  'settlement_and_instalments',
  'settlement_and_pause',
  'pause',
  'generic',
  'nothing_now',
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
/** Values `parts.record_line` may use, and `parts.records_some`. */
export const RECORD_LINE_VALUES = ['date', 'time', 'channel', 'flags'] as const;
export const RECORDS_SOME_VALUES = ['count'] as const;
/** Values `parts.case_line` may use. */
export const CASE_LINE_VALUES = ['paper', 'received_date'] as const;

/**
 * Where a complaint about collection goes, by the lender's kind (DESIGN.md): banks and
 * consumer-finance companies to the NFRA (12378); 小额贷款公司 to the provincial financial
 * authority; an app whose lender is not known from the app alone to whichever the contract
 * names; a possibly unlicensed lender to the police and the local financial authority.
 */
export const COMPLAINT_ADDRESSEE: Record<Answers['debts'][number]['kind'], string> = {
  bank: 'nfra',
  consumer_finance: 'nfra',
  microloan: 'local_authority',
  other_platform: 'by_contract',
  unknown: 'police',
};

/**
 * Whether the objection to a payment order is offered for this lender: only when the person
 * disputes the debt itself or its amount (民诉法解释 第四百三十六条: asking for instalments is
 * not an objection). Otherwise the page explains what to do instead.
 */
export function objectionOffered(answers: Answers, debt: number): boolean {
  const paper = answers.courtPaper;
  return paper?.paper === 'payment_order' && paper.debt === debt && paper.disputes === 'yes';
}

/** `{{name}}`, as i18next writes placeholders. */
export const PLACEHOLDER_RE = /\{\{\s*([a-zA-Z0-9_]+)\s*\}\}/g;

/** Names of the placeholders in a template, in order of first appearance. */
export function placeholdersOf(template: string): string[] {
  const names = [...template.matchAll(PLACEHOLDER_RE)].map((m) => m[1] ?? '');
  return [...new Set(names)];
}

/**
 * Replaces each `{{name}}` with values[name]. A placeholder with no value is left as it is,
 * so that a test (and a reader) can see it; values are inserted as plain text.
 */
export function fillLetter(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER_RE, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? (values[name] ?? match) : match,
  );
}

/** Reads a raw template (placeholders intact) from the content. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export type LetterContext = {
  answers: Answers;
  /** Null when no plan could be built: the request falls back to a general one. */
  plan: Plan | null;
  /** Index into answers.debts. */
  debt: number;
  /** Negotiation log entries (only this lender's are used). */
  entries: readonly LogEntry[];
  locale: string;
  today: Date;
  /** Raw content text, `letters:` and `tools:` keys. */
  raw: Translate;
};

/**
 * Which request sentence fits the offer; the offer's numbers decide, not its label alone, so
 * a sentence never asks for "¥0 a month" or settles a loan with part of what is owed.
 */
export function requestKind(offer: Offer | undefined, monthlyAvailable: number): RequestKind {
  if (!offer) return monthlyAvailable > 0 ? 'generic' : 'nothing_now';
  if (offer.method === 'extension') return 'extension';
  const instalments = offer.months > 0 && offer.monthlyPayment > 0;
  if (offer.settlement !== undefined && offer.settlement > 0) {
    if (instalments) return 'settlement_and_instalments';
    // Part of the principal now, nothing monthly for the rest yet.
    return offer.pause ? 'settlement_and_pause' : 'settlement';
  }
  if (instalments) return offer.method;
  // Nothing monthly: a pause until a date, when the offer names one.
  return offer.pause && offer.firstPaymentInDays > 0 ? 'pause' : 'nothing_now';
}

/**
 * The offer a letter asks for: a hardship application asks for the hardship method's own
 * proposal to this lender when the plan has one; other letters use the plan's offer.
 */
export function letterOffer(letter: LetterId, plan: Plan | null, debt: number): Offer | undefined {
  if (!plan) return undefined;
  if (letter === 'hardship_application') {
    const hardship = plan.methods.find((m) => m.id === 'hardship' && m.fit !== 'not_suited');
    const own = hardship?.offers?.find((o) => o.debt === debt);
    if (own) return own;
  }
  return plan.offers.find((o) => o.debt === debt);
}

function lines(items: readonly string[]): string {
  return items.join('\n');
}

function requestText(letter: LetterId, ctx: LetterContext): string {
  const { answers, plan, debt, locale, today, raw } = ctx;
  const offer = letterOffer(letter, plan, debt);
  const monthlyAvailable =
    plan?.budget.monthlyAvailable ?? Math.max(0, answers.monthlyIncome - answers.monthlyEssentials);
  const kind = requestKind(offer, monthlyAvailable);
  const firstDate = addDays(today, offer?.firstPaymentInDays ?? 0);
  const extensionDate = addDays(today, offer?.extensionDays ?? offer?.firstPaymentInDays ?? 0);
  const values: Record<(typeof REQUEST_VALUES)[number], string> = {
    monthly: formatMoney(offer?.monthlyPayment ?? 0, locale),
    months: String(offer?.months ?? 0),
    first_date: formatDate(firstDate, locale),
    extension_date: formatDate(extensionDate, locale),
    total: formatMoney(offer?.total ?? 0, locale),
    settlement: formatMoney(offer?.settlement ?? 0, locale),
    monthly_available: formatMoney(monthlyAvailable, locale),
  };
  return fillLetter(raw(`letters:parts.request.${kind}`), values);
}

function contactRecords(ctx: LetterContext, lender: string): string {
  const { entries, locale, raw } = ctx;
  const flagged = sortEntries(entries).filter(
    (e) => e.lender === lender && entryFlags(e).length > 0,
  );
  if (flagged.length === 0) return raw('letters:parts.records_none');
  const intro = fillLetter(raw('letters:parts.records_some'), {
    count: String(flagged.length),
  });
  const separator = raw('letters:parts.list_separator');
  const recordLines = flagged.map((e) =>
    fillLetter(raw('letters:parts.record_line'), {
      date: formatDate(new Date(`${e.date}T00:00:00`), locale),
      time: e.time || raw('tools:log.time_unknown'),
      channel: raw(`tools:log.channels.${e.channel}`),
      flags: entryFlags(e)
        .map((f) => raw(`tools:log.flags.${f}`))
        .join(separator),
    }),
  );
  return lines([intro, ...recordLines]);
}

/** The day the court paper from this lender arrived, or blanks to fill in by hand. */
function receivedDate(ctx: LetterContext): string {
  const paper = ctx.answers.courtPaper;
  const iso = paper && paper.debt === ctx.debt ? paper.receivedOn : null;
  return iso ? formatDate(dateOf(iso), ctx.locale) : ctx.raw('letters:parts.date_blank');
}

/** A sentence naming the court paper from this lender, when there is one; else empty. */
function caseLine(ctx: LetterContext): string {
  const paper = ctx.answers.courtPaper;
  if (!paper || paper.debt !== ctx.debt) return '';
  return fillLetter(ctx.raw('letters:parts.case_line'), {
    paper: ctx.raw(`letters:parts.papers.${paper.paper}`),
    received_date: receivedDate(ctx),
  });
}

/** Every value the letter's template may use, as display text. */
export function letterValues(letter: LetterId, ctx: LetterContext): Record<string, string> {
  const { answers, debt, locale, today, raw } = ctx;
  const d = answers.debts[debt] ?? answers.debts[0];
  if (!d) throw new Error('answers have no debts');
  const common = {
    lender: d.name,
    outstanding: formatMoney(d.outstanding, locale),
    overdue_days: String(d.overdueDays),
    date: formatDate(today, locale),
  };
  switch (letter) {
    case 'negotiation_request':
      return {
        ...common,
        cause: raw(`letters:parts.cause.${answers.cause}`),
        request: requestText(letter, ctx),
        case: caseLine(ctx),
      };
    case 'payment_order_objection':
      return {
        lender: common.lender,
        outstanding: common.outstanding,
        date: common.date,
        received_date: receivedDate(ctx),
      };
    case 'defence_outline':
      return {
        ...common,
        received_date: receivedDate(ctx),
        cause: raw(`letters:parts.cause.${answers.cause}`),
        request: requestText(letter, ctx),
      };
    case 'hardship_application':
      return {
        ...common,
        cause: raw(`letters:parts.cause.${answers.cause}`),
        evidence_list:
          answers.evidence.length > 0
            ? lines(answers.evidence.map((e) => raw(`letters:parts.evidence.${e}`)))
            : raw('letters:parts.evidence_none'),
        request: requestText(letter, ctx),
        case: caseLine(ctx),
      };
    case 'collection_complaint':
      return {
        ...common,
        collection_list:
          answers.collection.length > 0
            ? lines(answers.collection.map((c) => raw(`letters:parts.collection.${c}`)))
            : raw('letters:parts.collection_none'),
        contact_records: contactRecords(ctx, d.name),
        addressee: raw(`letters:parts.complaint_to.${COMPLAINT_ADDRESSEE[d.kind]}`),
        case: caseLine(ctx),
      };
  }
}

/** The letter's full text: its parts filled and joined by blank lines. */
export function composeLetter(letter: LetterId, ctx: LetterContext): string {
  const values = letterValues(letter, ctx);
  return LETTER_FIELDS.map((field) => fillLetter(ctx.raw(`letters:${letter}.${field}`), values))
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}

import { describe, expect, it } from 'vitest';
import {
  CHANNEL_IDS,
  COURT_ADVICE_IDS,
  DOCUMENT_IDS,
  FLAG_IDS,
  LEGAL_REF_IDS,
  METHOD_IDS,
  PITFALL_IDS,
  REASON_IDS,
  REFUSED_STEP_IDS,
  TIP_IDS,
  URGENT_IDS,
} from '../../../src/rules/ids';
import { CONTENT, contentSchemas, validateContent } from '../../../src/content/schema';
import { adviceSchemas } from '../../../src/content/schema-advice';
import { LOCALE_DIRS, readJson } from './content-files';

const IDS_BY_NAMESPACE = {
  methods: METHOD_IDS,
  reasons: REASON_IDS,
  urgent: URGENT_IDS,
  court: COURT_ADVICE_IDS,
  flags: FLAG_IDS,
  tips: TIP_IDS,
  refused: REFUSED_STEP_IDS,
  legal: LEGAL_REF_IDS,
  channels: CHANNEL_IDS,
  documents: DOCUMENT_IDS,
  pitfalls: PITFALL_IDS,
} as const;

const cases = LOCALE_DIRS.flatMap((locale) =>
  Object.keys(contentSchemas).map((ns) => ({ locale, ns: ns as keyof typeof contentSchemas })),
);

describe('content files against their schemas', () => {
  it('has a schema for every namespace keyed by an id list', () => {
    expect(Object.keys(contentSchemas).sort()).toEqual(Object.keys(IDS_BY_NAMESPACE).sort());
  });

  it.each(cases)('content/$locale/$ns.json matches its schema', ({ locale, ns }) => {
    const result = contentSchemas[ns].safeParse(readJson(locale, `${ns}.json`));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(cases)(
    'content/$locale/$ns.json has text for exactly the ids in ids.ts',
    ({ locale, ns }) => {
      const keys = Object.keys(readJson(locale, `${ns}.json`) as object).sort();
      expect(keys).toEqual([...IDS_BY_NAMESPACE[ns]].sort());
    },
  );

  it('the bundles the app loads hold the same content as the files', () => {
    for (const locale of LOCALE_DIRS) {
      for (const ns of Object.keys(contentSchemas)) {
        expect(CONTENT[locale][ns], `${locale}/${ns}`).toEqual(readJson(locale, `${ns}.json`));
      }
    }
  });

  it('validateContent finds no problem in the app content', () => {
    expect(validateContent()).toEqual([]);
  });
});

describe('the schemas reject what the build must catch', () => {
  const zhMethods = readJson('zh-CN', 'methods.json') as Record<string, Record<string, unknown>>;

  it('rejects a missing id', () => {
    const { hardship: _dropped, ...rest } = zhMethods;
    const result = adviceSchemas.methods.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['hardship']);
  });

  it('rejects an id the rules do not know', () => {
    const result = adviceSchemas.reasons.safeParse({
      ...(readJson('en', 'reasons.json') as object),
      because_i_said_so: 'Because.',
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['because_i_said_so'] }),
    ]);
  });

  it('rejects blank text and a missing field', () => {
    const { prepare: _dropped, ...extension } = zhMethods.extension ?? {};
    const result = adviceSchemas.methods.safeParse({
      ...zhMethods,
      extension: { ...extension, script: '   ' },
    });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'extension.prepare',
      'extension.script',
    ]);
  });

  it('rejects an urgent action without steps', () => {
    const urgent = readJson('zh-CN', 'urgent.json') as Record<string, object>;
    const result = adviceSchemas.urgent.safeParse({
      ...urgent,
      answer_court: { ...urgent.answer_court, steps: [] },
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['answer_court.steps']);
  });

  it('validateContent names the file and key of each problem', () => {
    const broken = {
      'zh-CN': { ...CONTENT['zh-CN'], tips: {} },
      en: {
        ...CONTENT.en,
        reasons: { ...(CONTENT.en.reasons as object), evidence_held: 'Because of {{proof}}.' },
      },
    };
    const problems = validateContent(broken);
    expect(problems).toContain(
      'content/zh-CN/tips.json: prepare_numbers: Invalid input: expected object, received undefined',
    );
    expect(problems).toContain('content/{zh-CN,en}/tips.json: prepare_numbers: missing in zh-CN');
    expect(problems).toContain(
      'content/en/reasons.json: evidence_held: {{proof}} is not a value the view supplies (src/content/placeholders.ts)',
    );
    expect(problems).toContain(
      'content/{zh-CN,en}/reasons.json: evidence_held: placeholders differ: zh-CN {{evidence}}, en {{proof}}',
    );
  });

  it('validateContent reports a broken legal refs file', () => {
    const refsProblems = validateContent(CONTENT, {}).filter((p) =>
      p.startsWith('content/legal/refs.json: '),
    );
    expect(refsProblems).toContain(
      'content/legal/refs.json: civil_code_675: Invalid input: expected object, received undefined',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Answers } from '../../../src/rules/answers';
import {
  LINK_LIMITS,
  findPlanPayload,
  linkFit,
  planUrl,
  readPlanLink,
} from '../../../src/lib/plan-link';

const LINKS_DIR = join(__dirname, '../../fixtures/links');
const golden = readdirSync(LINKS_DIR)
  .filter((f) => /^v1-.*\.json$/.test(f))
  .map(
    (f) =>
      JSON.parse(readFileSync(join(LINKS_DIR, f), 'utf8')) as {
        answers: Answers;
        payload: string;
        omitNames: boolean;
      },
  );
const { payload, answers } = golden[0]!;
const site = 'https://help.example/app/';
const opens = (input: string, expected: Answers = answers) =>
  expect(readPlanLink(input)).toMatchObject({ ok: true, answers: expected });

describe('plan links: the payload is found in what people actually paste and open', () => {
  it.each([
    ['the bare payload', payload],
    ['the hash', `#/plan/${payload}`],
    ['the router path', `/plan/${payload}`],
    ['the full address', `${site}#/plan/${payload}`],
    [
      'WeChat/QQ query before the #',
      `${site}?from=singlemessage&isappinstalled=0#/plan/${payload}`,
    ],
    [
      'WeChat/QQ keys after the payload',
      `${site}#/plan/${payload}&from=singlemessage&isappinstalled=0`,
    ],
    ['any key=value after the payload', `${site}#/plan/${payload}&from=timeline&scene=1`],
    ['a query inside the hash', `${site}#/plan/${payload}?from=groupmessage`],
    ['a slash at the end', `${site}#/plan/${payload}/`],
    ['a doubled slash before the payload', `${site}#/plan//${payload}`],
    ['a full stop after it', `${site}#/plan/${payload}.`],
    ['Chinese punctuation after it', `${site}#/plan/${payload}。`],
    ['a closing bracket after it', `（${site}#/plan/${payload}）`],
    ['words around it', `我的计划：${site}#/plan/${payload} 你帮我看看`],
    ['a line break after it', `${site}#/plan/${payload}\n谢谢`],
    ['an escaped # and /', `${site}%23%2Fplan%2F${payload}`],
  ])('%s', (_label, input) => {
    expect(findPlanPayload(input)).toEqual({ ok: true, payload });
    opens(input);
  });

  it('every golden link opens through the parser, with chat-app additions', () => {
    for (const g of golden) {
      for (const input of [
        g.payload,
        `${site}?from=singlemessage&isappinstalled=0#/plan/${g.payload}`,
        `${site}#/plan/${g.payload}&from=singlemessage&isappinstalled=0`,
      ]) {
        expect(readPlanLink(input)).toEqual({
          ok: true,
          answers: g.answers,
          version: 1,
          namesOmitted: g.omitNames,
        });
      }
    }
  });

  it('slashes inserted anywhere in the payload are taken out again', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...golden),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        (g, cuts) => {
          let p = g.payload;
          for (const cut of cuts) {
            const at = 2 + (cut % (p.length - 1));
            p = `${p.slice(0, at)}/${p.slice(at)}`;
          }
          expect(readPlanLink(`${site}#/plan/${p}`)).toMatchObject({
            ok: true,
            answers: g.answers,
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['nothing after /plan/', `${site}#/plan/`, 'truncated'],
    ['only a slash after /plan/', `${site}#/plan//`, 'truncated'],
    ['an address that is not a plan link', 'https://example.com/', 'bad_version'],
    ['a message with no link', '你好，在吗？', 'bad_version'],
    ['an empty string', '', 'bad_version'],
    ['a link cut short', `${site}#/plan/${payload.slice(0, -4)}`, 'truncated'],
    ['letters run on after the payload', `${site}#/plan/${payload}abc`, 'corrupt'],
    [
      'a changed character',
      `${site}#/plan/${payload.slice(0, 12)}${payload[12] === 'A' ? 'B' : 'A'}${payload.slice(13)}`,
      'corrupt',
    ],
    [
      'a stranger character inside',
      `${site}#/plan/${payload.slice(0, 9)}*${payload.slice(9)}`,
      'not_base64',
    ],
    ['standard base64 padding', `${site}#/plan/${payload}== 谢谢`, 'not_base64'],
    ['an enormous paste', 'x'.repeat(100_000), 'too_large'],
  ])('%s: %s -> %s', (_label, input, error) => {
    expect(readPlanLink(input)).toEqual({ ok: false, error });
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 3, {}, []]) {
      expect(readPlanLink(input)).toEqual({ ok: false, error: 'corrupt' });
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const result = readPlanLink(`${site}#/plan/${s}`);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('plan addresses and their length', () => {
  it('a plan address carries the payload in the fragment, without the page query', () => {
    const where = { origin: 'https://help.example', pathname: '/app/' };
    expect(planUrl('1.abc', where)).toBe('https://help.example/app/#/plan/1.abc');
    expect(findPlanPayload(planUrl(payload, where))).toEqual({ ok: true, payload });
  });

  it('says when a link is too long for a QR code or for chat apps', () => {
    expect(linkFit('x'.repeat(LINK_LIMITS.qr))).toEqual({
      length: LINK_LIMITS.qr,
      qr: true,
      chat: true,
    });
    expect(linkFit('x'.repeat(LINK_LIMITS.qr + 1))).toMatchObject({ qr: false, chat: true });
    expect(linkFit('x'.repeat(LINK_LIMITS.chat + 1))).toMatchObject({ qr: false, chat: false });
  });
});

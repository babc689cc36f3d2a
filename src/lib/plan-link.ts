/**
 * Plan links as people actually pass them around: the one place that knows what a plan address
 * looks like, how to find the payload in whatever arrives, and how long a link may honestly be.
 *
 * What arrives is rarely the link as it was made. Chat apps add to it: WeChat and QQ put
 * `?from=singlemessage&isappinstalled=0` before the `#` (harmless: the router never sees it) or
 * `&from=singlemessage&isappinstalled=0` after the payload; some insert a `/` into a long link or
 * put a `/` at its end; a pasted message has words and punctuation around it. `findPlanPayload`
 * takes a full address, a hash, the router's path or pasted text, finds the payload and drops
 * what cannot belong to it. The codec then checks every character that is left (its checksum
 * refuses any edit), so this can be generous without ever opening a changed plan.
 *
 * The app's router and the shared-plan page use `readPlanLink`, and nothing else reads links.
 */
import {
  MAX_PAYLOAD_CHARS,
  decodeShareLink,
  type DecodeOptions,
  type DecodeResult,
  type ShareError,
} from './share-codec';

/** The hash route of a shared plan: `#/plan/<payload>`. */
export const PLAN_PATH = '/plan/';

/** Longest text searched for a link (a pasted message may hold more than the link). */
const MAX_INPUT_CHARS = MAX_PAYLOAD_CHARS * 4;

export type PlanLinkResult = { ok: true; payload: string } | { ok: false; error: ShareError };

/** Characters a payload is made of (version digits, the dot, base64url) plus an inserted `/`. */
const PAYLOAD_CHAR = /[A-Za-z0-9_\-/.]/;
/**
 * What may follow a link: a space or line break, the start of a query (`&`, `?`, `#`),
 * punctuation that ends a sentence or closes a bracket, or any non-ASCII text (Chinese words
 * and punctuation). Any other character (`*`, `=`, `+`, `%`…) is a stranger inside the link,
 * and stays in it so the codec can say so (not_base64).
 */
const AFTER_LINK = /[\s&?#.,;:!)\]}>"'\u0080-\uffff]/;

/**
 * The payload in `input`: a full address (`https://…/?from=…#/plan/1.xxx&from=…`), a hash
 * (`#/plan/1.xxx`), the router's path (`/plan/1.xxx/yyy`), a bare payload, or a message with
 * one of these inside. Inserted `/` are removed; anything after the payload (`&key=value`,
 * `?…`, spaces, words, punctuation) is dropped. Never throws.
 */
export function findPlanPayload(input: unknown): PlanLinkResult {
  if (typeof input !== 'string') return { ok: false, error: 'corrupt' };
  if (input.length > MAX_INPUT_CHARS) return { ok: false, error: 'too_large' };
  // An address escaped once more on its way (%23 for '#', %2F for '/').
  const text = input.replace(/%23/gi, '#').replace(/%2F/gi, '/');
  const start = payloadStart(text);
  if (start < 0) return { ok: false, error: 'bad_version' };

  let end = start;
  let dots = 0;
  while (end < text.length && PAYLOAD_CHAR.test(text[end]!)) {
    // A payload has one dot, after its version; a second one ends a sentence.
    if (text[end] === '.' && ++dots > 1) break;
    end++;
  }
  if (end < text.length && !AFTER_LINK.test(text[end]!)) {
    const space = text.slice(end).search(/\s/);
    end = space < 0 ? text.length : end + space;
  }
  const payload = text.slice(start, end).replace(/\//g, '');
  if (payload === '') return { ok: false, error: 'truncated' };
  return { ok: true, payload };
}

/** Where the payload begins: after `#/plan/`, else after `/plan/`, else a bare payload. */
function payloadStart(text: string): number {
  const hash = text.indexOf(`#${PLAN_PATH}`);
  const path = hash >= 0 ? hash + 1 : text.indexOf(PLAN_PATH);
  if (path >= 0) return path + PLAN_PATH.length;
  const bare = /^\s*(\d{1,3}\.)/.exec(text);
  return bare ? text.indexOf(bare[1]!) : -1;
}

/** Finds the payload in `input` and decodes it: the single way a plan link is read. */
export function readPlanLink(input: unknown, options: DecodeOptions = {}): DecodeResult {
  const found = findPlanPayload(input);
  return found.ok ? decodeShareLink(found.payload, options) : found;
}

/** The full address of a shared plan; the payload rides in the fragment, never sent to a server. */
export function planUrl(
  payload: string,
  where: Pick<Location, 'origin' | 'pathname'> = window.location,
): string {
  // Without the page's own query: whatever a chat app added there stays behind.
  return `${where.origin}${where.pathname}#${PLAN_PATH}${payload}`;
}

/**
 * How long a link may be and still travel. Above `chat`, chat apps and older browsers are known
 * to cut or refuse addresses (2,000 characters is the long-standing safe length for a URL).
 * Up to `qr`, the code is QR version 23 or lower at error correction M (at most 109 modules a
 * side: printed 32 mm wide, as the plan prints it, a module is at least 0.27 mm); a longer link
 * makes a denser code that many phone cameras cannot read from paper, so no code is shown then.
 */
export const LINK_LIMITS = { chat: 2000, qr: 800 } as const;

export type LinkFit = { chat: boolean; qr: boolean; length: number };

export function linkFit(url: string): LinkFit {
  return {
    length: url.length,
    chat: url.length <= LINK_LIMITS.chat,
    qr: url.length <= LINK_LIMITS.qr,
  };
}

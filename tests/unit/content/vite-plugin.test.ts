import { describe, expect, it } from 'vitest';
import { validateContentPlugin } from '../../../src/content/vite-plugin-validate-content';

type Hook = (this: unknown, ...args: unknown[]) => void;

/** Runs the plugin's hooks as Vite would for one command; returns what it reported. */
function run(command: 'build' | 'serve', problems: string[]) {
  const plugin = validateContentPlugin(() => problems);
  const reported: { errors: string[]; warnings: string[] } = { errors: [], warnings: [] };
  const context = {
    error(message: string) {
      reported.errors.push(message);
      throw new Error(message);
    },
    warn(message: string) {
      reported.warnings.push(message);
    },
  };
  (plugin.configResolved as Hook).call(context, { command });
  try {
    (plugin.buildStart as Hook).call(context, {});
  } catch {
    // the build stops here
  }
  return reported;
}

describe('validateContentPlugin', () => {
  it('fails the build and lists every problem', () => {
    const { errors } = run('build', ['content/en/tips.json: calm_tone: missing', 'second problem']);
    expect(errors).toEqual([
      'content is invalid (2 problems):\n  - content/en/tips.json: calm_tone: missing\n  - second problem',
    ]);
  });

  it('only warns in dev and tests', () => {
    expect(run('serve', ['a problem'])).toEqual({
      errors: [],
      warnings: ['content is invalid (1 problem):\n  - a problem'],
    });
  });

  it('says nothing when the content is valid', () => {
    expect(run('build', [])).toEqual({ errors: [], warnings: [] });
  });
});

/**
 * Fails `vite build` when content is invalid (see validateContent in ./schema). In dev and in
 * vitest it only warns, so one broken string does not stop the server; the content tests
 * still fail on it.
 */
import type { Plugin } from 'vite';
import { validateContent } from './schema';

export function validateContentPlugin(validate: () => string[] = validateContent): Plugin {
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'validate-content',
    configResolved(config) {
      command = config.command;
    },
    buildStart() {
      const problems = validate();
      if (problems.length === 0) return;
      const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
      const message = `content is invalid (${count}):\n${problems.map((p) => `  - ${p}`).join('\n')}`;
      if (command === 'build') this.error(message);
      else this.warn(message);
    },
  };
}

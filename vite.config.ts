import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Relative base: dist/ works from any folder of any static host (routes live in the hash).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2020', sourcemap: false },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});

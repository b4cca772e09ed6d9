// Unit tests (pure code, fast) and built-site checks (need `npm run build` first).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'] } },
      { test: { name: 'site', include: ['test/site/**/*.test.ts'] } },
    ],
  },
});

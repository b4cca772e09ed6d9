// Unit tests (pure code, fast), built-site checks (need `npm run build` first) and build tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'] } },
      { test: { name: 'site', include: ['test/site/**/*.test.ts'] } },
      // Builds copies of the project (slow): `npm run test:build`.
      { test: { name: 'build', include: ['test/build/**/*.test.ts'] } },
    ],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workers are ES modules so the model (which imports simjs, mathjs, seedrandom) loads unchanged.
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: 'Europe/Copenhagen' },
  },
});

import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['common/**/*.test.ts', 'main/**/*.test.ts', 'preload/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    reporters: process.env['CI']
      ? ['default', ['json', { outputFile: 'test-results/unit.json' }]]
      : ['default'],
  },
})

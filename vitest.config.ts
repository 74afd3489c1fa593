import { defineConfig } from 'vitest/config'

// Two projects, both run by `npm test`: fast tests of pure code, and tests that drive the real
// Nix, skopeo and registry (serial: two cores, and builds share the Nix store).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})

// Three projects: unit (pure, parallel), integration (real PostgreSQL, one throwaway database per run),
// e2e (the H5 build in Debian chromium). scripts/test.cjs runs them in that order.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@shared/(.*)$': '<rootDir>/shared/$1',
    '^@tarojs/taro$': '<rootDir>/tests/mocks/taro.ts',
    '^@tarojs/components$': '<rootDir>/tests/mocks/taro-components.tsx',
    '\\.(s?css)$': '<rootDir>/tests/mocks/style.ts',
  },
  modulePathIgnorePatterns: ['<rootDir>/miniprogram/dist', '<rootDir>/.data'],
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts?(x)'] },
    {
      ...common,
      displayName: 'integration',
      // Starting a server in beforeAll can take more than jest's default 5 s on a loaded 2-core machine.
      setupFilesAfterEnv: ['<rootDir>/tests/setup/integration-timeout.ts'],
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/setup/integration-global-setup.ts',
      globalTeardown: '<rootDir>/tests/setup/integration-global-teardown.ts',
    },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.spec.ts'] },
  ],
};

// Component tests render the real Taro H5 components (web components from
// @tarojs/components) in jsdom; @tarojs/taro is replaced by a shim that routes requests to an
// in-process GraphQL server built from the real schema (tests/jest/support).
const esmPackages = ['@tarojs', '@stencil', 'lodash-es', 'classnames', 'swiper', 'ssr-window', 'dom7', 'resolve-pathname', 'query-string', 'decode-uri-component', 'split-on-first', 'filter-obj', 'tslib'];

module.exports = {
  testEnvironment: 'jsdom',
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons'] },
  roots: ['<rootDir>/tests/jest'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFiles: ['<rootDir>/tests/jest/support/setup-env.js'],
  setupFilesAfterEnv: ['<rootDir>/tests/jest/support/setup-dom.ts'],
  moduleNameMapper: {
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '<rootDir>/tests/jest/support/taro-shim.ts',
    '\\.(css|scss)$': '<rootDir>/tests/jest/support/style-stub.js',
  },
  transform: { '^.+\\.(t|j|mj)sx?$': 'babel-jest' },
  transformIgnorePatterns: [`/node_modules/(?!(\\.pnpm/[^/]+/node_modules/)?(${esmPackages.join('|')})/)`],
  testTimeout: 20000,
};

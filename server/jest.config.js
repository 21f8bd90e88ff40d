/** Integration tests: real HTTP against a real server on SQLite, and on PostgreSQL too when
 * TEST_DATABASE_URL is set. One file at a time keeps two cores from thrashing. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  testTimeout: 60000,
  maxWorkers: 1,
};

// Taro's preset compiles TS + JSX for both targets. Jest reuses it (see jest.config.js), so
// component tests run the same transforms as the real build.
module.exports = {
  presets: [
    ['taro', { framework: 'react', ts: true, compiler: 'webpack5' }],
  ],
};

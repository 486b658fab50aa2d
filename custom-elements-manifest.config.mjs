export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};

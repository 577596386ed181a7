// Lets `node` run the benchmark's TypeScript in place (scripts/bench.mjs passes it with --require):
// each .ts file is compiled by esbuild as it is required, so `__dirname` and relative paths keep
// meaning what they mean in the repository (the realm script, the fakes, the renderer build).
const fs = require('node:fs');
const { transformSync } = require('esbuild');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    loader: 'ts',
    format: 'cjs',
    target: 'node20',
    sourcefile: filename,
    sourcemap: 'inline',
  });
  module._compile(code, filename);
};

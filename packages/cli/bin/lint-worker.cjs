// A worker thread of `otvet lint --concurrency` (packages/cli/src/parallel.ts starts it): it loads
// the bundle as the otvet command does, with its code cache, and lints the files it is given.
'use strict';
const { loadBundle } = require('./otvet.cjs');

const loaded = loadBundle();
if (!loaded) throw new Error('otvet is not built: dist/otvet.cjs is missing');
loaded.cli.lintWorker();

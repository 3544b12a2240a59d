// Preloaded (`node -r`) before the built CLI by test/parallel.test.ts: it records, in the file
// that OTVET_TEST_TRACE names, each worker thread the lint starts and what it answers (how many
// files' entries, or that it failed), so that the test knows the threads ran, not only that the
// report is right.
'use strict';
const fs = require('node:fs');
const threads = require('node:worker_threads');

const trace = process.env.OTVET_TEST_TRACE;
if (trace && threads.isMainThread) {
  const Worker = threads.Worker;
  threads.Worker = class TracedWorker extends Worker {
    constructor(script, options) {
      super(script, options);
      const job = options && options.workerData && options.workerData.job;
      fs.appendFileSync(trace, `start ${job ? job.files.length : '?'}\n`);
      this.once('message', (m) => fs.appendFileSync(trace, `answer ${m && m.entries ? m.entries.length : 'none'}\n`));
      this.once('error', (e) => fs.appendFileSync(trace, `error ${e && e.message}\n`));
    }
  };
}

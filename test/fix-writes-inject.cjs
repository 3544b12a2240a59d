// Preloaded (`node -r`) before the built CLI by test/fix-writes.test.ts to cause, at a precise
// point, what a test cannot cause otherwise: an edit saved right after otvet read a file, or a
// file-system error (as root, a directory cannot be made unwritable; a disk cannot be filled
// on demand). OTVET_TEST_INJECT says what:
//   edit-after-read:<absolute path>  append a template to that file just after its first read
//   open-error:<CODE>                 creating otvet's temporary file fails with CODE
//   write-error:<CODE>                writing to otvet's temporary file fails with CODE
'use strict';
const fs = require('node:fs');

const spec = process.env.OTVET_TEST_INJECT ?? '';
const colon = spec.indexOf(':');
const kind = spec.slice(0, colon);
const arg = spec.slice(colon + 1);
const isTemp = (path) => typeof path === 'string' && path.includes('.otvet-');
const failure = (code, syscall, path) => Object.assign(new Error(`${code}: injected by the test, ${syscall} '${path}'`), { code, syscall, path });

if (kind === 'edit-after-read') {
  const readFileSync = fs.readFileSync;
  let done = false;
  fs.readFileSync = function (path, ...rest) {
    const result = readFileSync.call(this, path, ...rest);
    if (!done && path === arg) {
      done = true;
      fs.appendFileSync(arg, '  - id: added-meanwhile\n    text:\n      zh: 谢谢\n      ru: Спасибо за заказ!\n');
    }
    return result;
  };
} else if (kind === 'open-error') {
  const openSync = fs.openSync;
  fs.openSync = function (path, ...rest) {
    if (isTemp(path)) throw failure(arg, 'open', path);
    return openSync.call(this, path, ...rest);
  };
} else if (kind === 'write-error') {
  const openSync = fs.openSync;
  const writeSync = fs.writeSync;
  const temps = new Set();
  fs.openSync = function (path, ...rest) {
    const fd = openSync.call(this, path, ...rest);
    if (isTemp(path)) temps.add(fd);
    return fd;
  };
  fs.writeSync = function (fd, ...rest) {
    if (temps.has(fd)) throw failure(arg, 'write', `fd ${fd}`);
    return writeSync.call(this, fd, ...rest);
  };
} else if (spec !== '') {
  throw new Error(`OTVET_TEST_INJECT: unknown “${spec}”`);
}

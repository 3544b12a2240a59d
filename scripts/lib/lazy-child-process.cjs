// Bundled in place of `node:child_process` for commander (scripts/build.mjs): commander requires
// it at load time for executable subcommands, which otvet does not have. Requiring it for real
// loads Node's stream, net and dgram modules too, milliseconds of every start for nothing; this
// stand-in requires it on first use instead.
'use strict';
let childProcess;
module.exports = new Proxy({}, {
  get(_target, key) {
    childProcess ??= require('node:child_process');
    return childProcess[key];
  },
});

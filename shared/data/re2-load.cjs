/**
 * re2js (contract-pattern.ts's engine), evaluated the first time a `pattern` rule is compiled
 * instead of when the validator's module is loaded.
 *
 * Why: evaluating re2js costs ~20 ms of CPU (measured, issue 18), paid by every validate-data
 * shard worker at start whether or not its contract has a pattern rule, on the critical path of
 * a sharded run. Why CommonJS: ESM can load a module on demand only with import(), a promise, and
 * compiling a pattern (building a validator) is synchronous. A require inside a function is
 * bundled by ncc as a module that runs when it is first required, and Node does the same.
 */
'use strict';

let RE2JS;

/** The RE2JS class, loading re2js on the first call. */
exports.loadRe2 = () => (RE2JS ??= require('re2js').RE2JS);

/**
 * Entry of a bootstrap worker (bootstrap-parallel.ts): runs resamples of the task posted as
 * workerData until none are left, then posts 'done'. scripts/build.mjs bundles this file as
 * `bootstrap-worker/index.js` next to every bundle that can start it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { bootstrapWorkerMain } from './bootstrap-parallel.js';

if (parentPort) bootstrapWorkerMain(workerData, (m) => parentPort!.postMessage(m));

/**
 * Entry of a bootstrap worker (bootstrap-parallel.ts): for each task posted to it, runs resamples
 * until none are left, then posts 'done', and waits for the next task. scripts/build.mjs bundles
 * this file as `bootstrap-worker/index.js` next to every bundle that can start it.
 */
import { parentPort } from 'node:worker_threads';
import { bootstrapWorkerMain } from './bootstrap-parallel.js';

parentPort?.on('message', (task: unknown) => bootstrapWorkerMain(task, (m) => parentPort!.postMessage(m)));

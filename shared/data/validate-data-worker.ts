/**
 * Entry of a validate-data shard worker (validate-data-shards.ts): runs the task posted as
 * workerData and posts the outcome. scripts/build.mjs bundles this file as `shard-worker/index.js`
 * next to every bundle that can start it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { shardWorkerMain } from './validate-data-shards.js';

if (parentPort) await shardWorkerMain(workerData, (outcome) => parentPort!.postMessage(outcome));

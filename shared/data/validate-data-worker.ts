/**
 * Entry of a validate-data shard worker (validate-data-shards.ts): runs the task posted as
 * workerData, or, for a worker started before the plan (shard-workers.ts), the task of its first
 * message, and posts the outcome. scripts/build.mjs bundles this file as `shard-worker/index.js`
 * next to every bundle that can start it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { shardWorkerMain } from './validate-data-shards.js';

const post = (outcome: unknown) => parentPort!.postMessage(outcome);
if (parentPort) {
  if ((workerData as { task?: unknown } | null)?.task) await shardWorkerMain(workerData, post);
  else parentPort.once('message', (message: unknown) => void shardWorkerMain(message, post));
}

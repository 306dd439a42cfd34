// A worker thread of the document pool (see `worker-pool.ts`): reads documents and checks
// their records, on the same pure functions the main thread uses, and posts the results back.
import { parentPort, workerData } from 'node:worker_threads';
import { checkRecords, type RecordCheckJob } from '../checks/record-checks.js';
import { loadRules } from '../safety/index.js';
import type { InputFile } from './inputs.js';
import { readDocument } from './read-document.js';
import type { PoolRequest, PoolResponse } from './worker-pool.js';

const rules = loadRules((workerData as { rules: Array<{ path: string; text: string }> }).rules).rules;

parentPort?.on('message', (request: PoolRequest) => {
  let response: PoolResponse;
  try {
    const result = request.task === 'read'
      ? (request.items as InputFile[]).map((input) => readDocument(input))
      : (request.items as RecordCheckJob[]).map((job) => checkRecords(job, rules));
    response = { id: request.id, json: result.map((item) => JSON.stringify(item)) };
  } catch (error) {
    response = { id: request.id, error: { message: (error as Error).message ?? String(error), stack: (error as Error).stack ?? '' } };
  }
  parentPort?.postMessage(response);
});

export { GitHubSim, SimulatorBug, startGitHubSim, type GitHubSimOptions, type RecordedRequest, type Violation } from './server.js';
export { MAX_FAULT_DELAY_MS, MAX_FAULT_TIMES, SECONDARY_RATE_LIMIT_MESSAGE, type FaultSpec } from './faults.js';
export { commenters, seedComments, seedPullRequest, seedRepo, seedWorkflowRun, sha, webhookPayload } from './seed.js';
export { ACTIONS_BOT, makeUser, type SimUser } from './state.js';
export type { SimRequest, SimResponse, SimRoute } from './route.js';
export { zipFiles } from './zip.js';

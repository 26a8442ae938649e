/** Every simulated endpoint. Add new route files here. */
import type { SimRoute } from '../route.js';
import { actionsRoutes } from './actions.js';
import { checkRoutes } from './checks.js';
import { deploymentRoutes } from './deployments.js';
import { gitRoutes } from './git.js';
import { gitRefDeleteRoutes } from './git-ref-delete.js';
import { issueCommentRoutes } from './issue-comments.js';
import { labelRoutes } from './labels.js';
import { pullRoutes } from './pulls.js';
import { releaseRoutes } from './releases.js';
import { repoRoutes } from './repos.js';
import { userRoutes } from './users.js';

export const allRoutes: SimRoute[] = [
  ...userRoutes,
  ...issueCommentRoutes,
  ...checkRoutes,
  ...pullRoutes,
  ...actionsRoutes,
  ...releaseRoutes,
  ...gitRoutes,
  ...deploymentRoutes,
  ...repoRoutes,
  ...labelRoutes,
  ...gitRefDeleteRoutes,
];

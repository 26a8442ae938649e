/** Every simulated endpoint. Add new route files here (releases, git refs, deployments next). */
import type { SimRoute } from '../route.js';
import { actionsRoutes } from './actions.js';
import { checkRoutes } from './checks.js';
import { issueCommentRoutes } from './issue-comments.js';
import { pullRoutes } from './pulls.js';
import { userRoutes } from './users.js';

export const allRoutes: SimRoute[] = [...userRoutes, ...issueCommentRoutes, ...checkRoutes, ...pullRoutes, ...actionsRoutes];

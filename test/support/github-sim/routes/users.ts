import { error, json, type SimRoute } from '../route.js';

export const userRoutes: SimRoute[] = [
  {
    method: 'GET',
    path: '/user',
    auth: 'required',
    handler(req) {
      // What GitHub answers GITHUB_TOKEN (an installation token): it has no user behind it.
      if (req.token!.kind === 'installation') return error(403, 'Resource not accessible by integration');
      return json(200, { ...req.token!.user, name: null, company: null, blog: '', location: null, email: null, hireable: null, bio: null, public_repos: 1, public_gists: 0, followers: 0, following: 0, created_at: '2020-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z' });
    },
  },
];

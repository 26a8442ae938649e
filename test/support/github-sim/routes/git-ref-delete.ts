/**
 * `DELETE /repos/{owner}/{repo}/git/refs/{ref}`: 204, or 422 when the ref does not exist (GitHub
 * sends "Reference does not exist"; the description declares that 422 without a body, so none is
 * sent). Deleting a branch closes the open PRs whose head it was, as GitHub does.
 */
import { gitStore } from '../git-store.js';
import { isResponse, repoOf, type SimRoute } from '../route.js';

export const gitRefDeleteRoutes: SimRoute[] = [
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/git/refs/{ref}',
    auth: 'required',
    handler(req, state) {
      const r = repoOf(req, state);
      if (isResponse(r)) return r;
      const ref = String(req.params.ref).replace(/^refs\//, '');
      const refs = gitStore(state).refsOf(r.full);
      if (!refs.has(ref)) return { status: 422 };
      refs.delete(ref);
      if (ref.startsWith('heads/')) {
        const branch = ref.slice('heads/'.length);
        for (const pr of state.pullsOf(r.full)) {
          if (pr.state === 'open' && pr.head.ref === branch && String(pr.head.repo?.full_name).toLowerCase() === r.full) {
            pr.state = 'closed';
            pr.closed_at = pr.updated_at = state.now();
          }
        }
      }
      return { status: 204 };
    },
  },
];

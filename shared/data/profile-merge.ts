/**
 * Reading a profile file (`mlops profile merge`, `profile show`, drift references), checked
 * against the profile schema. Merging lives in merge-profiles.ts, re-exported here.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../runtime/errors.js';
import { profileSchema, PROFILE_SCHEMA, type Profile } from '../formats/profile-format.js';

export { mergeProfiles } from './merge-profiles.js';

/** Reads and validates a profile file; failures are InputErrors naming the file. */
export async function readProfile(file: string): Promise<Profile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read profile: ${(e as Error).message}`, { location: { file }, hint: 'check the path; profiles are written by validate-data (profile-out)', cause: e });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(`not valid JSON: ${(e as Error).message}`, { location: { file }, hint: `expected a ${PROFILE_SCHEMA} file written by validate-data`, cause: e });
  }
  const schema = (json as { schema?: unknown } | null)?.schema;
  if (schema !== PROFILE_SCHEMA) {
    throw new InputError(`schema is ${JSON.stringify(schema)}, not "${PROFILE_SCHEMA}"`, { location: { file }, hint: 'give a profile written by validate-data (profile-out)' });
  }
  const parsed = profileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`invalid profile at ${issue.path.join('.') || '(root)'}: ${issue.message}`, { location: { file }, hint: 'the file may be truncated or edited by hand; re-run validate-data to write it again' });
  }
  for (const name of parsed.data.column_order) {
    if (!Object.hasOwn(parsed.data.columns, name)) throw new InputError(`column_order names "${name}" but columns has no such entry`, { location: { file }, hint: 're-run validate-data to write the profile again' });
  }
  return parsed.data;
}

/** Types of scripts/build-manifest.mjs, for the test that reads it. */
export const MANIFEST_FILE: string;
export const MANIFEST_SCHEMA: string;
export interface BuildManifest {
  schema: string;
  inputs: string;
  outputs: Record<string, string>;
}
export function buildInputFiles(root: string): string[];
export function buildInputsDigest(root: string): string;
export function distDirs(root: string): string[];
export function distDigests(root: string): Record<string, string>;
export function buildManifest(root: string): BuildManifest;

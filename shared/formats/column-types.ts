/**
 * The column types of a profile and a data contract, and the profile's schema name: what code
 * that builds a profile needs from `mlops-actions/profile@1` at run time, without its zod schema
 * (profile-format.ts, which re-exports these).
 *
 * Why apart: the validate-data shard worker profiles and checks rows but never parses a profile,
 * so it loads these constants and not zod (~350 KB of its bundle; issue 18).
 */

export const PROFILE_SCHEMA = 'mlops-actions/profile@1';

export type ColumnType = 'integer' | 'number' | 'string' | 'boolean' | 'category' | 'date' | 'timestamp';

export const COLUMN_TYPES: readonly ColumnType[] = ['integer', 'number', 'string', 'boolean', 'category', 'date', 'timestamp'];

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { builtSchema, lazySchema, once } from '../../shared/runtime/lazy-schema.js';
import { PROFILE_SCHEMA, profileSchema } from '../../shared/formats/profile-format.js';

describe('lazySchema', () => {
  function counted() {
    let builds = 0;
    const schemas = once(() => {
      builds++;
      const point = z.object({ x: z.number(), y: z.number() }).describe('a point');
      return { point };
    });
    return { handle: lazySchema(() => schemas().point), builds: () => builds };
  }

  it('builds the schema on the first property read, once', () => {
    const { handle, builds } = counted();
    expect(builds()).toBe(0);
    expect(handle.parse({ x: 1, y: 2 })).toEqual({ x: 1, y: 2 });
    handle.safeParse({});
    expect(builds()).toBe(1);
  });

  it('parses and fails exactly as the schema it stands for', () => {
    const { handle } = counted();
    const real = builtSchema(handle);
    expect(real).not.toBe(handle);
    for (const value of [{ x: 1, y: 2 }, { x: '1' }, null, { x: 1, y: 2, z: 3 }]) {
      expect(JSON.stringify(handle.safeParse(value))).toBe(JSON.stringify(real.safeParse(value)));
    }
    expect(handle).toBeInstanceOf(z.ZodType);
    expect(builtSchema({ plain: true })).toEqual({ plain: true });
  });

  it('works inside other schemas and through zod methods', () => {
    const { handle } = counted();
    const line = z.object({ from: handle, to: handle.optional() });
    expect(line.parse({ from: { x: 0, y: 0 } })).toEqual({ from: { x: 0, y: 0 } });
    expect(line.safeParse({ from: { x: 0 } }).success).toBe(false);
    expect(handle.extend({ z: z.number() }).parse({ x: 1, y: 2, z: 3 })).toEqual({ x: 1, y: 2, z: 3 });
    // Methods may be detached from the handle (zod's are bound to the schema).
    const { parse } = handle;
    expect(parse({ x: 3, y: 4 })).toEqual({ x: 3, y: 4 });
  });

  it('gives z.toJSONSchema the real schema through builtSchema (descriptions are keyed by identity)', () => {
    const { handle } = counted();
    const json = z.toJSONSchema(builtSchema(handle)) as { description?: string };
    expect(json.description).toBe('a point');
  });

  it('stands in for a real format: a profile parses through its handle', () => {
    const empty = { schema: PROFILE_SCHEMA, sources: [], rows: 0, column_order: [], columns: {} };
    expect(profileSchema.parse(empty)).toEqual(empty);
    expect(profileSchema.safeParse({ ...empty, rows: -1 }).success).toBe(false);
  });
});

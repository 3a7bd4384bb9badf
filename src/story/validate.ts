/**
 * A small declarative schema runtime. A schema is plain data built by the helpers below and
 * read three ways: `validate` (lenient, one pass), `Infer` (the TypeScript types) and
 * scripts/write-schema.ts (JSON Schema). Constraints are named as JSON Schema names them.
 */

/** A constraint on a string or a number, and the problem reported when it does not hold. */
export type Check = readonly [keyword: 'minLength' | 'maxLength' | 'pattern' | 'minimum' | 'maximum', limit: number | RegExp, message: string];

export type Schema =
  | { readonly type: 'string'; readonly trim: boolean; readonly checks: readonly Check[]; readonly cut?: number }
  | { readonly type: 'integer'; readonly checks: readonly Check[] }
  | { readonly type: 'enum'; readonly values: readonly string[]; readonly message: string }
  | { readonly type: 'object'; readonly fields: Readonly<Record<string, Schema>> }
  | { readonly type: 'array'; readonly item: Schema; readonly maxItems: number; readonly single?: boolean }
  | { readonly type: 'optional'; readonly schema: Schema; readonly default: unknown };

export type Parsed<T> =
  | { ok: true; value: T; problems: string[] }
  | { ok: false; problems: string[] };

/** The value a schema produces, as a TypeScript type. */
export type Infer<S> = S extends { type: 'string' }
  ? string
  : S extends { type: 'integer' }
    ? number
    : S extends { type: 'enum'; values: ReadonlyArray<infer Value> }
      ? Value
      : S extends { type: 'array'; item: infer Item; single: true }
        ? Infer<Item> | Array<Infer<Item>>
        : S extends { type: 'array'; item: infer Item }
          ? Array<Infer<Item>>
          : S extends { type: 'optional'; schema: infer Inner }
            ? Infer<Inner>
            : S extends { type: 'object'; fields: infer Fields }
              ? Flatten<
                  { [K in keyof Fields as Fields[K] extends { default: undefined } ? never : K]: Infer<Fields[K]> } & {
                    [K in keyof Fields as Fields[K] extends { default: undefined } ? K : never]?: Infer<Fields[K]>;
                  }
                >
              : never;

type Flatten<T> = { -readonly [K in keyof T]: T[K] };

/** Trimmed unless `trim` is false; `checks` apply to the trimmed text. */
export const string = (checks: readonly Check[] = [], trim = true) => ({ type: 'string', trim, checks }) as const;
/** Prose: longer than `cut` characters, it is cut there (and reported), not refused. */
export const prose = (cut: number, checks: readonly Check[] = []) => ({ type: 'string', trim: true, checks, cut }) as const;
export const integer = (...checks: Check[]) => ({ type: 'integer', checks }) as const;
export const oneOf = <const Values extends readonly string[]>(values: Values, message: string) =>
  ({ type: 'enum', values, message }) as const;
export const object = <const Fields extends Record<string, Schema>>(fields: Fields) => ({ type: 'object', fields }) as const;
/** Items past `maxItems` are left out (and reported once), the first ones kept. */
export const list = <const Item extends Schema>(item: Item, maxItems: number) => ({ type: 'array', item, maxItems }) as const;
/** One item, or a list of them (as `list`); each is kept in the shape it was given. */
export const oneOrList = <const Item extends Schema>(item: Item, maxItems: number) => ({ type: 'array', item, maxItems, single: true }) as const;
/** May be left out (or be invalid, then it is left out and reported); `fallback` stands in for it. */
export function optional<const Inner extends Schema>(schema: Inner): Optional<Inner, undefined>;
export function optional<const Inner extends Schema, Fallback>(schema: Inner, fallback: Fallback): Optional<Inner, Fallback>;
export function optional(schema: Schema, fallback?: unknown) {
  return { type: 'optional', schema, default: fallback };
}
type Optional<Inner, Fallback> = { readonly type: 'optional'; readonly schema: Inner; readonly default: Fallback };

const invalid = Symbol();

/** How many problems are named one by one; the rest are counted (a warning stays readable). */
const namedProblems = 20;

/** String lengths count characters (code points), as JSON Schema does, not UTF-16 units. */
const characters = (text: string) => text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);

/**
 * Validates untrusted data in one pass and keeps what is valid: an invalid optional field is
 * left out (or replaced by its default), an invalid list item is skipped, each named in
 * `problems` as "path message". Only a missing or invalid required field fails the whole.
 * Reads only the keys the schema names, each value once, at most as deep as the schema:
 * unknown keys (however deep or cyclic) are never visited and never copied. `problems` may
 * come with some already named (the JSON-LD reader's), which count towards the limit.
 */
export function validate<S extends Schema>(schema: S, input: unknown, problems: string[] = []): Parsed<Infer<S>> {
  const value = check(schema, input, '', problems);
  if (problems.length > namedProblems) {
    problems.splice(namedProblems, Infinity, `and ${problems.length - namedProblems} more problems`);
  }
  return value === invalid ? { ok: false, problems } : { ok: true, value: value as Infer<S>, problems };
}

/** The valid value, or `invalid` after reporting why. `path` is "" or ".key.0.key". */
function check(schema: Schema, value: unknown, path: string, problems: string[]): unknown {
  const fail = (message: string) => (problems.push(`${path} ${message}`.slice(1)), invalid);
  if (schema.type == 'optional') {
    const result = value === undefined ? invalid : check(schema.schema, value, path, problems);
    return result === invalid ? schema.default : result;
  }
  if (value === undefined && path) return fail('is required'); // a missing field; the root is not one
  switch (schema.type) {
    case 'object': {
      if (typeof value != 'object' || !value || Array.isArray(value)) return fail('must be an object');
      const output: Record<string, unknown> = {};
      for (const key in schema.fields) {
        const result = check(schema.fields[key]!, (value as Record<string, unknown>)[key], `${path}.${key}`, problems);
        if (result === invalid) return invalid;
        if (result !== undefined) output[key] = result;
      }
      return output;
    }
    case 'array': {
      if (!Array.isArray(value)) return schema.single ? check(schema.item, value, path, problems) : fail('must be an array');
      const output: unknown[] = [];
      const count = Math.min(value.length, schema.maxItems);
      for (let index = 0; index < count; index++) {
        const result = check(schema.item, value[index], `${path}.${index}`, problems);
        if (result !== invalid) output.push(result);
      }
      if (value.length > count) fail(`has ${value.length} items: the first ${count} are kept`);
      return output;
    }
    case 'enum':
      return schema.values.includes(value as string) ? value : fail(schema.message);
    case 'string':
      if (typeof value != 'string') return fail('must be a string');
      if (schema.trim) value = value.trim();
      if (schema.cut && characters(value as string) > schema.cut) {
        fail(`is longer than ${schema.cut} characters: cut there`);
        value = [...(value as string)].slice(0, schema.cut).join('').trim();
      }
      break;
    case 'integer':
      if (!Number.isInteger(value)) return fail('must be a whole number');
  }
  for (const [keyword, limit, message] of schema.checks) {
    const size = keyword.endsWith('Length') ? characters(value as string) : (value as number);
    const holds =
      keyword == 'pattern' ? (limit as RegExp).test(value as string) : keyword.startsWith('min') ? size >= (limit as number) : size <= (limit as number);
    if (!holds) return fail(message);
  }
  return value;
}

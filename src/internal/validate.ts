/**
 * Tiny path-aware validation helpers. Each check records a message that names the path of the bad value
 * ("edges[3].to: no node with id 'mtor'") so that a clinic can find its mistake in its own JSON.
 */
export class Issues {
  readonly messages: string[] = [];

  add(path: string, message: string): void {
    this.messages.push(path ? `${path}: ${message}` : message);
  }

  get ok(): boolean {
    return this.messages.length === 0;
  }
}

export type Plain = Record<string, unknown>;

/** One wording for every length limit: "is 70 characters; the limit is 60". */
export const tooLong = (text: string, limit: number): string => `is ${text.length} characters; the limit is ${limit}`;

/** The path to `key` of the object at `path`: `regions.US`, or `regions[""]` for a key an author could not see. */
export function keyPath(path: string, key: string): string {
  const property = /^[A-Za-z_$][\w$-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  return path ? `${path}${property}` : property.replace(/^\./, '');
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'bigint') return `${value}n`;
  return String(value).slice(0, 40);
}

export function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectObject(value: unknown, path: string, issues: Issues): value is Plain {
  if (isPlainObject(value)) return true;
  issues.add(path, `expected an object, got ${describe(value)}`);
  return false;
}

export function expectArray(value: unknown, path: string, issues: Issues, { min = 0, max = Infinity } = {}): value is unknown[] {
  if (!Array.isArray(value)) {
    issues.add(path, `expected an array, got ${describe(value)}`);
    return false;
  }
  if (value.length < min) {
    issues.add(path, min === 1 ? 'must not be empty' : `needs at least ${min} items, has ${value.length}`);
    return false;
  }
  if (value.length > max) {
    issues.add(path, `has ${value.length} items; at most ${max} are supported`);
    return false;
  }
  return true;
}

export function expectString(value: unknown, path: string, issues: Issues, { optional = false, maxLength = 2000 } = {}): value is string {
  if (value === undefined && optional) return false;
  if (typeof value !== 'string' || value.trim() === '') {
    issues.add(path, value === undefined ? 'is required' : `expected a non-empty string, got ${describe(value)}`);
    return false;
  }
  if (value.length > maxLength) {
    issues.add(path, tooLong(value, maxLength));
    return false;
  }
  return true;
}

export function expectOneOf<T extends string>(value: unknown, allowed: readonly T[], path: string, issues: Issues, { optional = false } = {}): value is T {
  if (value === undefined && optional) return false;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return true;
  issues.add(path, `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(value)}`);
  return false;
}

export function expectNumber(value: unknown, path: string, issues: Issues, { optional = false, min = -Infinity, max = Infinity } = {}): value is number {
  if (value === undefined && optional) return false;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    issues.add(path, `expected a number, got ${describe(value)}`);
    return false;
  }
  if (value < min || value > max) {
    issues.add(path, `must be between ${min} and ${max}, got ${value}`);
    return false;
  }
  return true;
}

/**
 * Sources of a step or an item: at most 20, each a key of the built-in list or citation text (at most 200
 * characters), or `{ "text": "…", "url": "https://…" }`; links must be http(s).
 */
export function expectSources(value: unknown, path: string, issues: Issues): void {
  if (value === undefined || !expectArray(value, path, issues, { max: 20 })) return;
  value.forEach((ref, i) => {
    const at = `${path}[${i}]`;
    if (!isPlainObject(ref)) return void expectString(ref, at, issues, { maxLength: 200 });
    expectString(ref.text, `${at}.text`, issues, { maxLength: 200 });
    if (ref.url === undefined || !expectString(ref.url, `${at}.url`, issues, { maxLength: 500 })) return;
    let url: URL | undefined;
    try {
      url = new URL(ref.url);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) issues.add(`${at}.url`, `expected an http(s) address such as "https://doi.org/…", got ${describe(ref.url)}`);
  });
}

/**
 * A UTF-16 surrogate that is not half of a pair. In `u` mode a proper pair is one code point and
 * never matches the range, so only a lone half does.
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Where the first string (or object key) that is not well-formed Unicode sits, as a field path such as
 * "text" or "rows.2.name"; null when every string is well formed. SQLite stores UTF-8, which cannot
 * hold a lone surrogate, so such text would be acknowledged and read back changed. The walk uses its
 * own stack: a deeply nested argument cannot overflow the call stack.
 */
type Place = { value: unknown; key: string | null; parent: Place | null };

export function illFormedTextAt(value: unknown): string | null {
  // Each entry points at its parent instead of copying the path, so the walk stays linear in the argument's size.
  const stack: Place[] = [{ value, key: null, parent: null }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const here = next.value;
    if (typeof here === 'string') {
      if (LONE_SURROGATE.test(here)) return fieldName(next);
      continue;
    }
    if (typeof here !== 'object' || here === null) continue;
    const entries: [string, unknown][] = Array.isArray(here) ? here.map((v, i) => [String(i), v]) : Object.entries(here);
    // Pushed in reverse so the first field in the argument is reported first.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      if (LONE_SURROGATE.test(key)) return fieldName({ value: key, key: '(key)', parent: next });
      stack.push({ value: child, key, parent: next });
    }
  }
  return null;
}

/** "rows.2.name", at most 200 characters from the top; a key that is itself ill-formed shows as "?". */
function fieldName(place: Place): string {
  const parts: string[] = [];
  for (let p: Place | null = place; p?.key != null; p = p.parent) parts.push(LONE_SURROGATE.test(p.key) ? '?' : p.key);
  return parts.length ? parts.reverse().join('.').slice(0, 200) : '(root)';
}

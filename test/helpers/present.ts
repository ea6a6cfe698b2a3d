/**
 * A value a test relies on (a fixture's entry, a regex match, a found element): returned when it is
 * there, otherwise the test stops with a message that names what was missing, instead of a
 * TypeError further down.
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`test expected ${what}, but it is missing`);
  return value;
}

/**
 * EventBridge event-pattern matching for the patterns this repository writes:
 * nested objects whose leaves are lists of exact values (Amazon EventBridge
 * User Guide, "Creating event patterns": a field matches if its value is one
 * of the listed values, or, for a list field, if any item is; every field of
 * the pattern must match). Content filters ({ prefix: … } and the like) are
 * not modelled and throw.
 */
export function matchesEventPattern(pattern: Record<string, unknown>, event: unknown): boolean {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return false
  return Object.entries(pattern).every(([key, expected]) => {
    const actual = (event as Record<string, unknown>)[key]
    if (Array.isArray(expected)) {
      if (expected.some((item) => typeof item === 'object' && item !== null)) {
        throw new Error(`content filter at ${key} is not modelled`)
      }
      const values = Array.isArray(actual) ? actual : [actual]
      return values.some((value) => actual !== undefined && expected.includes(value))
    }
    if (typeof expected === 'object' && expected !== null) return matchesEventPattern(expected as Record<string, unknown>, actual)
    throw new Error(`pattern field ${key} must be a list or an object`)
  })
}

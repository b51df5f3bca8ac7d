/** Puts only the members a scenario provides on an object, so absent ones are truly absent (`"x" in obj === false`). */
export function defineMethods(target: Record<string, unknown>, methods: Readonly<Record<string, unknown>>): void {
  for (const [name, method] of Object.entries(methods)) {
    if (method !== undefined) target[name] = method;
  }
}

/**
 * A zod schema that is built the first time something uses it. Building schemas is the largest
 * piece of work when the app's code first runs (zod 4 sets every schema up in full), and a
 * first visit to the start page parses nothing, so the shared schemas wait until they are
 * needed (issue 7: short tasks while the page comes alive on a slow phone).
 *
 * The returned object stands in for the schema: reading a property reads it from the real
 * schema, and methods are called on the real schema.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const real = () => (built ??= build());
  return new Proxy({} as T, {
    get(_target, key) {
      const schema = real();
      const value: unknown = Reflect.get(schema, key, schema);
      return typeof value === 'function' ? value.bind(schema) : value;
    },
    has: (_target, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor(_target, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // A proxy may only report a property as non-configurable if its target has it too.
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}

// Working arrays reused from one call to the next, so that a scratch edit on 100,000 evaluations does not hand the
// garbage collector megabytes each time. Only for arrays a function fills and reads before it returns (JavaScript
// runs one call at a time); results handed back are always fresh.
const floats = new Map<string, Float64Array>();
const bytes = new Map<string, Uint8Array>();

function reuse<A extends Float64Array | Uint8Array>(
  pool: Map<string, A>,
  name: string,
  n: number,
  make: (n: number) => A,
) {
  let array = pool.get(name);
  if (array === undefined || array.length < n) pool.set(name, (array = make(Math.max(n, 2 * (array?.length ?? 0)))));
  return array.subarray(0, n) as A;
}

/** A Float64Array of n (contents undefined) for the one user called `name`. */
export const workingFloats = (name: string, n: number): Float64Array =>
  reuse(floats, name, n, (k) => new Float64Array(k));

export const workingBytes = (name: string, n: number): Uint8Array => reuse(bytes, name, n, (k) => new Uint8Array(k));

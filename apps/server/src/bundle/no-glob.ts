// Stands in for `glob` in the server bundle (build.mjs). @fastify/static requires it at load but calls
// it only with `wildcard: false`, which the console does not use (it serves one wildcard route):
// left out, the bundle is 156 KB smaller and start-up neither parses nor runs it.
export function glob(): never {
  throw new Error('glob is not in the server bundle: @fastify/static with `wildcard: false` needs it (see apps/server/build.mjs)');
}

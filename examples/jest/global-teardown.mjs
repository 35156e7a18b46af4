export default async function globalTeardown() {
  await globalThis.clienteleSandbox?.close();
}

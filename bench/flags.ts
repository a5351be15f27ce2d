/** "--requests 3000": a bench script's own option, or its fallback. */
export function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

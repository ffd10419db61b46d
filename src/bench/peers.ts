// The local linters a physician could use instead, on the same English texts: harper.js (Harper's
// WASM linter), alex (retext) and write-good. Development dependencies, used only here.
export interface Peer {
  name: string;
  lint(text: string): Promise<number> | number;
}

export const PEER_NAMES = ["harper.js", "alex", "write-good"] as const;

/** Loads the peers named in `only` (all by default). */
export async function loadPeers(only: readonly string[] = PEER_NAMES): Promise<Peer[]> {
  const peers: Peer[] = [];
  if (only.includes("harper.js")) try {
    const { LocalLinter } = await import("harper.js");
    const { binaryInlined } = await import("harper.js/binaryInlined");
    const linter = new LocalLinter({ binary: binaryInlined });
    await linter.setup();
    peers.push({ name: "harper.js", lint: async (t) => (await linter.lint(t)).length });
  } catch (e) {
    process.stderr.write(`bench: harper.js unavailable (${(e as Error).message})\n`);
  }
  if (only.includes("alex")) try {
    const { text } = await import("alex");
    peers.push({ name: "alex", lint: (t) => text(t).messages.length });
  } catch (e) {
    process.stderr.write(`bench: alex unavailable (${(e as Error).message})\n`);
  }
  if (only.includes("write-good")) try {
    const writeGood = (await import("write-good")).default as (t: string) => unknown[];
    peers.push({ name: "write-good", lint: (t) => writeGood(t).length });
  } catch (e) {
    process.stderr.write(`bench: write-good unavailable (${(e as Error).message})\n`);
  }
  return peers;
}

// web-ext ships no types; only the two commands the tests and the packaging script use.
declare module "web-ext" {
  interface RunOptions {
    shouldExitProgram?: boolean;
  }
  const webExt: {
    cmd: {
      lint(params: { sourceDir: string; output?: "json" | "text"; pretty?: boolean; warningsAsErrors?: boolean }, options?: RunOptions): Promise<unknown>;
      build(params: { sourceDir: string; artifactsDir: string; filename?: string; overwriteDest?: boolean }, options?: RunOptions): Promise<{ extensionPath: string }>;
    };
  };
  export default webExt;
}

declare module "write-good" {
  const writeGood: (text: string) => Array<{ index: number; offset: number; reason: string }>;
  export default writeGood;
}

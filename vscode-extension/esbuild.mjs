// Bundles the extension into one file; `vscode` is provided by the editor.
import * as esbuild from "esbuild";

const production = process.argv.includes("--production");
const watch = process.argv.includes("--watch");
const tests = process.argv.includes("--tests");

if (tests) {
  // Unit tests of the parts that need no editor, run with `node --test`.
  await esbuild.build({
    entryPoints: ["test/*.test.ts"],
    bundle: true,
    outdir: "out-test",
    format: "cjs",
    platform: "node",
    target: "node20",
    logLevel: "warning",
  });
  process.exit(0);
}

const context = await esbuild.context({
  entryPoints: ["src/extension.ts"],
  bundle: true,
  outfile: "dist/extension.js",
  external: ["vscode"],
  format: "cjs",
  platform: "node",
  target: "node20",
  sourcemap: !production,
  minify: production,
  logLevel: "info",
});
if (watch) {
  await context.watch();
} else {
  await context.rebuild();
  await context.dispose();
}

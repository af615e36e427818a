// Fails early and clearly on a Node older than 22 (wxt 0.21 and vitest 5 need it).
// The `node` devDependency supplies Node 24 to every `npm run`; this guards the cases
// where it is not in use (e.g. `npm ci --ignore-scripts`, or running a script directly).
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `RealReach needs Node >= 22 (this is ${process.versions.node}). ` +
      'Run `npm install` (it installs Node 24 as a devDependency) and use `npm run ...`, ' +
      'or install Node 22+ yourself.',
  );
  process.exit(1);
}

// Fails when dist/ differs from what is committed: run after `npm run build` on a clean checkout.
// Clinics and CDNs serve dist/ straight from the repository, so it must be the build of the committed sources.
import { execFileSync } from 'node:child_process';

const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], { encoding: 'utf8' }).trim();
if (changed) {
  console.error('dist/ is out of date with the sources. Run `npm run build` and commit dist/. Differences:');
  console.error(changed);
  console.error(execFileSync('git', ['diff', '--stat', '--', 'dist'], { encoding: 'utf8' }));
  process.exit(1);
}
console.log('dist/ matches a fresh build.');

// Lighthouse (the npm package, its default mobile preset with simulated throttling) on pages of the bench's
// server, in Debian's Chromium (CHROME_PATH) started as the other scripts start it.
import lighthouse from 'lighthouse';
import { launchChromium } from '../scripts/chromium.mjs';

/**
 * Runs Lighthouse `runs` times on each of `urls` (name → URL), taking turns between them so that a slow moment of
 * the machine falls on every page alike. Resolves to name → its runs, each with the performance score (0–100),
 * FCP, LCP and TBT in ms, and CLS.
 */
export async function lighthouseRuns(urls, runs) {
  const browser = await launchChromium();
  const samples = Object.fromEntries(Object.keys(urls).map((name) => [name, []]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const [name, url] of Object.entries(urls)) {
        const tab = await browser.newPage();
        const result = await lighthouse(url, { output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, undefined, tab);
        await tab.close();
        const { lhr } = result ?? {};
        if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
        const figure = (id) => lhr.audits[id]?.numericValue ?? NaN;
        samples[name].push({
          score: Math.round((lhr.categories.performance.score ?? NaN) * 100),
          fcp: figure('first-contentful-paint'),
          lcp: figure('largest-contentful-paint'),
          cls: figure('cumulative-layout-shift'),
          tbt: figure('total-blocking-time'),
        });
      }
    }
  } finally {
    await browser.close();
  }
  return samples;
}

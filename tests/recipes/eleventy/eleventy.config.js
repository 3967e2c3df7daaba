// Eleventy: every HTML page is pre-rendered as it is written, and the module is copied to /js/ for hydration.
import { dirname } from 'node:path';
import { renderToString } from 'ketamine-widgets/server';

export default function (eleventyConfig) {
  eleventyConfig.addTransform('ketamine-widgets', async function (content) {
    if (!this.page.outputPath?.endsWith('.html')) return content;
    // A widget that cannot be rendered as written stops the build, with the page, the line and the problem.
    return renderToString(content, { baseDir: dirname(this.page.inputPath), rootDir: 'src' });
  });
  eleventyConfig.addPassthroughCopy({ 'node_modules/ketamine-widgets/dist/ketamine-widgets.js': 'js/ketamine-widgets.js' });
  eleventyConfig.addPassthroughCopy({ 'src/data': 'data' });
  return { dir: { input: 'src', output: '_site' } };
}

// What a newcomer copies from the README and the guides: script URLs that load this version of the package.
import { expect } from '@open-wc/testing';
import { references } from '../src/content/references.js';

const DOCUMENTS = [
  '/README.md',
  '/stories/getting-started.mdx',
  '/stories/guide-clinics.mdx',
  '/stories/guide-bloggers.mdx',
  '/stories/guide-developers.mdx',
  '/stories/guide-prerendering.mdx',
];

async function text(path: string): Promise<string> {
  const response = await fetch(path);
  expect(response.ok, `${path} is served`).to.equal(true);
  return response.text();
}

describe('README and guides', () => {
  it('pin the package version in every CDN script URL, with the file path the package publishes', async () => {
    const { version } = JSON.parse(await text('/package.json')) as { version: string };
    let urls = 0;
    for (const path of DOCUMENTS) {
      const body = await text(path);
      expect(body, `${path} has a placeholder host`).to.not.match(/your-cdn\.example|example\.com\/ketamine/);
      for (const match of body.matchAll(/https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/ketamine-widgets(@[^/\s"`)]*)?(\/[^\s"`)]*)?/g)) {
        if (match[1] === '@<version>') continue; // the documented URL pattern
        urls += 1;
        expect(match[1], `${path}: ${match[0]} pins a version`).to.equal(`@${version}`);
        expect(match[2], `${path}: ${match[0]} names the file`).to.equal('/dist/ketamine-widgets.js');
      }
    }
    expect(urls).to.be.greaterThan(4);
  });

  it('show the picture the README links to', async () => {
    const readme = await text('/README.md');
    const picture = /!\[[^\]]+\]\(([^)]+\.png)\)/.exec(readme)?.[1];
    expect(picture, 'the README has a picture with alt text').to.be.a('string');
    const response = await fetch(`/${picture!}`);
    expect(response.ok).to.equal(true);
    expect(response.headers.get('content-type')).to.contain('image/png');
  });

  it('say what the README promises about Node: the engines field and the README agree', async () => {
    const { engines } = JSON.parse(await text('/package.json')) as { engines: { node: string } };
    const readme = await text('/README.md');
    const minimum = /^>=(\d+\.\d+)$/.exec(engines.node)?.[1];
    expect(minimum, `engines.node is a plain minimum: ${engines.node}`).to.be.a('string');
    expect(readme).to.contain(`Node.js ${minimum} or later`);
  });

  it('list every built-in reference key, with its citation, on the pathway data-format page', async () => {
    const page = await text('/stories/pathway-data.mdx');
    for (const [key, ref] of Object.entries(references)) {
      expect(page, key).to.contain(`| \`${key}\` |`);
      expect(page, key).to.contain(ref.cite);
    }
  });
});

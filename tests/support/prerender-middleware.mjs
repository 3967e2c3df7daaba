// web-test-runner middleware: POST /__prerender with HTML as the body answers with it pre-rendered by the CLI.
import { prerenderRequest } from '../../scripts/prerender-cli.mjs';

export { runCli } from '../../scripts/prerender-cli.mjs';

export async function prerenderMiddleware(context, next) {
  if (context.path !== '/__prerender' || context.method !== 'POST') return next();
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  const answer = await prerenderRequest(Buffer.concat(chunks).toString('utf8'));
  context.status = answer.status;
  context.type = answer.type;
  context.body = answer.body;
}

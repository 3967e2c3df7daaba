export function runCli(args: string[], input?: string): Promise<{ code: number | null; stdout: string; stderr: string }>;
export function prerenderRequest(body: string): Promise<{ status: number; type: string; body: string }>;

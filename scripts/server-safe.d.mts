import type { Plugin } from 'vite';
export function serverSafePlugin(): Plugin;

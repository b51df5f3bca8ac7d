import type { Problem } from "./checks";
export function main(argv: string[]): number;
export function checkAppPackage(dir: string): { problems: Problem[]; checks: number };
export function decodePng(bytes: Buffer): { width: number; height: number; rgba: Buffer } | string;

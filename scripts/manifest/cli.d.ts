export function main(argv: string[]): number;
export function parseArgs(argv: string[]): { file: string; assetsDir?: string; sourceDir?: string; baseDir?: string; allowPermissions: string[] };

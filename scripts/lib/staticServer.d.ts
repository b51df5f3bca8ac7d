export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}
export function serveStatic(folder: string): Promise<StaticServer>;

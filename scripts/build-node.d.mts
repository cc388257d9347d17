export const ROOT: string;
export const NODE_OUT: string;
export function nodeBuildIsStale(out?: string): boolean;
export function buildNode(options?: { quiet?: boolean }): Promise<void>;

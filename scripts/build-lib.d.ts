/** Types of scripts/build-lib.js (plain JavaScript: it runs before anything is compiled). */
export declare const ROOT: string;
export declare const SRC: string;
export declare const LIB: string;
export declare const STAMP: string;
export declare function staleReason(): string | null;
export declare function buildLib(): { ok: boolean; message: string };
export declare function ensureLib(log?: (m: string) => void, opts?: { force?: boolean }): boolean;

import * as z from 'zod';
import type {
  ArchiveInfo,
  ArticleDetail,
  ArticlePage,
  ReextractOutcome,
  StoredStatement,
} from '../domain/archive';
import { articleListArgs } from '../domain/article-list';
import { briefingCalls } from './briefings-calls';
import { backupCalls } from './backup-calls';
import { deskCalls } from './desk-calls';
import { interchangeCalls } from './interchange-calls';
import { positionsCalls } from './positions-calls';
import { ApiRequestError } from './request-error';

/**
 * Every call the backend answers, by `domain.verb` name, with the schema its
 * arguments are checked against at each boundary. Result types are compile-time only:
 * they come from our own core, not from the untrusted side.
 *
 * A call's schema is built the first time its arguments are checked, not when this module
 * loads: building the zod schemas of every call up front was most of a command's start-up,
 * and a host mostly answers a few calls.
 */
export function call<Result>() {
  return <Args extends z.ZodType>(build: () => Args) => {
    let built: Args | undefined;
    return {
      get args(): Args {
        built ??= build();
        return built;
      },
      result: null as unknown as Result,
    };
  };
}

/** A schema several calls share, built once when the first of them is checked. */
export function lazySchema<Schema extends z.ZodType>(build: () => Schema): () => Schema {
  let built: Schema | undefined;
  return () => {
    built ??= build();
    return built;
  };
}

const id = lazySchema(() => z.number().int().positive());

export const fileUploadSchema = lazySchema(() =>
  z.object({
    name: z.string().min(1).max(1024),
    /** Folder-relative path when the file came from a dropped folder. */
    path: z.string().min(1).max(4096),
    bytes: z.instanceof(Uint8Array),
    lastModified: z.number().nullable(),
  }),
);
export type FileUpload = z.infer<ReturnType<typeof fileUploadSchema>>;

export const apiCalls = {
  'archive.info': call<ArchiveInfo>()(() => z.object({}).strict()),
  'articles.list': call<ArticlePage>()(articleListArgs),
  'articles.get': call<ArticleDetail>()(() => z.object({ id: id() }).strict()),
  'statements.forArticle': call<StoredStatement[]>()(() => z.object({ articleId: id() }).strict()),
  /** Runs the current extractor again (over the given articles, or all that an older one read), keeping every manual edit and tag. */
  'statements.reextract': call<ReextractOutcome>()(() =>
    z.object({ articleIds: z.array(id()).max(100_000).optional() }).strict(),
  ),
  /** Starts importing files the user dropped; progress and the summary arrive as events. */
  'import.files': call<{ jobId: string }>()(() =>
    z.object({ files: z.array(fileUploadSchema()).min(1).max(10_000) }).strict(),
  ),
  'import.cancel': call<{ cancelled: boolean }>()(() => z.object({ jobId: z.string().min(1).max(100) }).strict()),
  ...briefingCalls,
  ...deskCalls,
  ...positionsCalls,
  ...interchangeCalls,
  ...backupCalls,
} as const;

export type CallName = keyof typeof apiCalls;
export type CallArgs<N extends CallName> = z.input<(typeof apiCalls)[N]['args']>;
export type CallResult<N extends CallName> = (typeof apiCalls)[N]['result'];

/** What the backend core must implement: a missing or mistyped handler is a compile error. */
export type ApiHandlers = {
  [N in CallName]: (args: z.output<(typeof apiCalls)[N]['args']>) => Promise<CallResult<N>>;
};

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(apiCalls, name);
}

export { ApiRequestError };

/** Checks a call's name and arguments; the one validation every host runs before the core sees anything. */
export function parseCall(name: unknown, args: unknown): { name: CallName; args: unknown } {
  if (!isCallName(name)) throw new ApiRequestError(`Unknown call: ${String(name).slice(0, 100)}`);
  const parsed = apiCalls[name].args.safeParse(args ?? {});
  if (!parsed.success) {
    throw new ApiRequestError(`Invalid arguments for ${name}: ${z.prettifyError(parsed.error)}`);
  }
  return { name, args: parsed.data };
}

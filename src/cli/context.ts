// What every command gets: its parsed options, the knowledge base and the catalogue, opened on demand.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { isTimeValue, loadCatalogue, type Catalogue } from '../lexicon/catalogue.js';
import { openStore, type Store } from '../store/store.js';

/** The knowledge base: --db, else $TENBO_DB, else ./tenbo.db in the working directory. */
export function dbPath(flag: string | undefined): string {
  return resolve(flag ?? process.env.TENBO_DB ?? 'tenbo.db');
}

/** The user's own catalogue: --catalogue, else $TENBO_CATALOGUE, else ~/.tenbo/catalogue.json when present. */
export function userCataloguePath(flag: string | undefined): string | undefined {
  return flag ?? process.env.TENBO_CATALOGUE ?? defaultUserCatalogue();
}

function defaultUserCatalogue(): string | undefined {
  const p = resolve(homedir(), '.tenbo', 'catalogue.json');
  return existsSync(p) ? p : undefined;
}

export class UsageError extends Error {}

export interface Context {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  json: boolean;
  store(): Promise<Store>;
  catalogue(): Catalogue;
  out(text: string): void;
  err(text: string): void;
  close(): Promise<void>;
}

export function makeContext(values: Context['values'], positionals: string[]): Context {
  let store: Store | undefined;
  let catalogue: Catalogue | undefined;
  return {
    values,
    positionals,
    json: values.json === true,
    async store() {
      store ??= await openStore(dbPath(values.db as string | undefined));
      return store;
    },
    catalogue() {
      catalogue ??= loadCatalogue({ userFile: userCataloguePath(values.catalogue as string | undefined) });
      return catalogue;
    },
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    async close() {
      if (store) await store.close();
    },
  };
}

export function str(ctx: Context, name: string): string | undefined {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function list(ctx: Context, name: string): string[] {
  const v = ctx.values[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

export function int(ctx: Context, name: string, fallback: number): number {
  const v = str(ctx, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} takes a whole number, not "${v}"`);
  return n;
}

/** A time-value flag (--date): YYYY, YYYY-MM or YYYY-MM-DD. */
export function timeValue(ctx: Context, name: string): string | undefined {
  const v = str(ctx, name);
  if (v !== undefined && !isTimeValue(v)) throw new UsageError(`--${name} takes YYYY, YYYY-MM or YYYY-MM-DD, not "${v}"`);
  return v;
}

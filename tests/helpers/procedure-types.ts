import type { AppRouter } from '@linkki/api';
import type { AnyTRPCProcedure, inferRouterInputs, inferRouterOutputs } from '@trpc/server';

type RouterRecordOf<TRouter extends { _def: { record: object } }> = TRouter['_def']['record'];

/** Every procedure's dotted path (`catalog.createOrganisation`), walked from the router's own record. */
type PathsOf<TRecord, TPrefix extends string = ''> = {
  [K in keyof TRecord & string]: TRecord[K] extends AnyTRPCProcedure ? `${TPrefix}${K}` : PathsOf<TRecord[K], `${TPrefix}${K}.`>;
}[keyof TRecord & string];

/** What sits at a dotted path in a tree keyed by router and procedure names. */
type At<TTree, TPath extends string> = TPath extends `${infer Head}.${infer Rest}` ? (Head extends keyof TTree ? At<TTree[Head], Rest> : never) : TPath extends keyof TTree ? TTree[TPath] : never;

/** A path of the app router: renaming or removing a procedure makes every call of the old path a type error. */
export type ProcedurePath = PathsOf<RouterRecordOf<AppRouter>>;

/** The input a procedure's schema accepts, as the web client would send it. */
export type ProcedureInput<TPath extends ProcedurePath> = At<inferRouterInputs<AppRouter>, TPath>;

/** What a procedure answers, as the web client receives it. */
export type ProcedureOutput<TPath extends ProcedurePath> = At<inferRouterOutputs<AppRouter>, TPath>;

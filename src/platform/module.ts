import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from './context.ts';
import type { JobSpec } from './jobs/jobs.ts';
import type { AccessActor, Capability, CompanySettings } from './access/access.ts';
import type { Notice } from './notify/notices.ts';

/**
 * One domain module as the wiring sees it. src/modules.ts lists them in dependency order and
 * app.ts, services.ts, jobs.ts and database.ts loop over that list, so a module is added in one line.
 *
 * Type parameters: `Deps` is what the module's services need from the modules listed before it
 * (written as the type of the factory's second parameter), `S` is what it adds to the container.
 * A module's tables join the Kysely schema by augmenting `Database` (src/database.ts) in its index.ts:
 * they cannot be read off this value, whose types themselves depend on the schema.
 */
export interface ModuleDefinition<Name extends string = string, Deps = any, S extends object = any> {
  name: Name;
  /** Builds the module's services once per process from the context and earlier modules' services. */
  services?: (ctx: AppContext, deps: Deps) => S;
  /** The module's HTTP route plugins, registered in this order. */
  routes?: (ctx: AppContext, services: Deps & S) => FastifyPluginAsyncTypebox[];
  /** The module's job handlers. */
  jobs?: (ctx: AppContext, services: Deps & S) => JobSpec[];
  /** Its capabilities (`<m>.capabilities.ts`), registered with platform/access by src/modules.ts. */
  capabilities?: Record<string, Capability>;
  /** Its events (`<m>.events.ts`): the outbox refuses any type no module declared. */
  events?: Record<string, unknown>;
  /** Its notices (`<m>.notices.ts`), registered with platform/notify by src/modules.ts; notifications delivers them. */
  notices?: readonly Notice[];
  /**
   * Its part of the actor's company settings, loaded once per authenticated request (keep it to one
   * query, and none for actors it has nothing for); capabilities read it (platform/access).
   */
  actorSettings?: (ctx: AppContext, services: Deps & S) => (actor: ActorForSettings) => Promise<Partial<CompanySettings>>;
}

/** What a settings loader knows of the actor. */
export type ActorForSettings = AccessActor & { partnerId: string | null };

/** Declares a module; an identity function that keeps the module's types for the container. */
export function defineModule<Name extends string, Deps = unknown, S extends object = Record<never, never>>(
  module: ModuleDefinition<Name, Deps, S>,
): ModuleDefinition<Name, Deps, S> {
  return module;
}

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Every module's services merged into one object type: the service container. */
export type ServicesOf<Modules extends readonly ModuleDefinition[]> = UnionToIntersection<
  { [K in keyof Modules]: Modules[K] extends ModuleDefinition<string, any, infer S> ? S : never }[number]
>;

/**
 * `true` when every module needs only services of the modules listed before it; otherwise a type
 * that names the first module out of order (modules.ts assigns `true` to it, so a wrong order fails typecheck).
 */
export type InDependencyOrder<Modules extends readonly ModuleDefinition[], Before = unknown> = Modules extends readonly [
  infer First extends ModuleDefinition,
  ...infer Rest extends readonly ModuleDefinition[],
]
  ? First extends ModuleDefinition<infer Name, infer Deps, infer S>
    ? Before extends Deps
      ? InDependencyOrder<Rest, Before & S>
      : `module ${Name} needs services of a module listed after it`
    : never
  : true;

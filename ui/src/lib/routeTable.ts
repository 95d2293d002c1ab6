// The machinery behind the route table (src/routes.ts): each route is declared once, with its
// address pattern, how its params are read and written, and the screen it shows. The Route type,
// the addresses of links and what the app renders all come from that one declaration.
//
// Addresses are hash addresses ("#/people/12/checklists"): Tauri serves the UI at
// tauri://localhost/, so there is no path routing. A pattern names its params with ":" (":id");
// optional extras travel after "?" ("#/people/12/checklists?item=…").
import type { Component } from 'svelte';

/** How one param is read from an address and written back. `parse` answers undefined when it does not fit. */
export type Codec<T> = { parse: (text: string) => T | undefined; format: (value: T) => string };

/** A record's number, such as the 12 in "#/people/12". */
export const int: Codec<number> = {
  parse: (text) => (/^(0|[1-9]\d{0,14})$/.test(text) ? Number(text) : undefined),
  format: (value) => String(value),
};

/** Any text, such as a field's path "dp.account_type". */
export const text: Codec<string> = { parse: (value) => value, format: (value) => value };

/** Which link in the header is marked as the current part of the app. */
export type Section = 'home' | 'people' | 'contacts' | 'expiring' | 'costs' | 'data' | 'about' | null;

/** The names of the params in a pattern: "/people/:id/change" → "id". */
export type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

type AnyCodec = Codec<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type ValueOf<C> = C extends Codec<infer T> ? T : never;

/** The params a route carries: every one in its pattern, and the optional extras after "?". */
export type ParamsOf<PP, QP> = { [K in keyof PP]: ValueOf<PP[K]> } & { [K in keyof QP]?: ValueOf<QP[K]> };

/** One route as the table holds it. */
export type RouteDef<Path extends string, PP, QP, Props extends Record<string, any>> = { // eslint-disable-line @typescript-eslint/no-explicit-any
  path: Path;
  params: PP;
  query: QP;
  section: Section;
  screen: Component<Props>;
  props: (params: ParamsOf<PP, QP>) => Props;
};

/**
 * Declares a route. Every ":name" in the pattern needs a codec in `params`, and `props` must give
 * the screen exactly the props it takes: a mistake in either fails `npm run check`.
 */
export function route<
  const Path extends string,
  PP extends { [K in PathParamNames<Path>]: AnyCodec },
  Props extends Record<string, any>, // eslint-disable-line @typescript-eslint/no-explicit-any
  QP extends Record<string, AnyCodec> = Record<never, AnyCodec>,
>(spec: {
  path: Path;
  params: PP;
  query?: QP;
  section: Section;
  screen: Component<Props>;
  props: (params: ParamsOf<PP, QP>) => NoInfer<Props>;
}): RouteDef<Path, PP, QP, Props> {
  return { ...spec, query: spec.query ?? ({} as QP) };
}

/** Any route of any table, as the generic code reads it. */
export type AnyRouteDef = {
  path: string;
  params: Record<string, AnyCodec>;
  query: Record<string, AnyCodec>;
  section: Section;
  screen: Component<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  props: (params: never) => Record<string, unknown>;
};
export type RouteTable = Record<string, AnyRouteDef>;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The Route union of a table: `{ name: 'person'; id: number } | …`. */
export type RouteOf<T extends RouteTable> = {
  [N in keyof T & string]: T[N] extends RouteDef<string, infer PP, infer QP, infer _Props>
    ? Simplify<{ name: N } & ParamsOf<PP, QP>>
    : never;
}[keyof T & string];

type Loose = { name: string } & Record<string, unknown>;

/** The address of a route, such as "#/people/12/checklists". */
export function formatAddress<T extends RouteTable>(table: T, route: RouteOf<T>): string {
  const loose = route as unknown as Loose;
  const def = table[loose.name];
  const path = def.path.replace(/:([A-Za-z_]+)/g, (_, name: string) =>
    encodeURIComponent(def.params[name].format(loose[name])),
  );
  const extras = Object.entries(def.query)
    .filter(([name]) => loose[name] !== undefined && loose[name] !== null)
    .map(([name, codec]) => `${encodeURIComponent(name)}=${encodeURIComponent(codec.format(loose[name]))}`);
  return `#${path}${extras.length > 0 ? `?${extras.join('&')}` : ''}`;
}

/** The route at an address ("#/people/12", or "" for the start), or null when there is none. */
export function parseAddress<T extends RouteTable>(table: T, address: string): RouteOf<T> | null {
  const bare = address.replace(/^#/, '');
  const mark = bare.indexOf('?');
  const path = mark < 0 ? bare : bare.slice(0, mark);
  const search = mark < 0 ? '' : bare.slice(mark + 1);
  const segments = (path === '' ? '/' : path).split('/');
  const query = new URLSearchParams(search);
  for (const [name, def] of Object.entries(table)) {
    const pattern = def.path.split('/');
    if (pattern.length !== segments.length) continue;
    const found: Loose = { name };
    let fits = true;
    for (let i = 0; i < pattern.length && fits; i += 1) {
      const part = pattern[i];
      if (part.startsWith(':')) {
        let raw: string;
        try {
          raw = decodeURIComponent(segments[i]);
        } catch {
          fits = false;
          break;
        }
        const value = def.params[part.slice(1)].parse(raw);
        if (value === undefined) fits = false;
        else found[part.slice(1)] = value;
      } else if (part !== segments[i]) {
        fits = false;
      }
    }
    if (!fits) continue;
    for (const [key, codec] of Object.entries(def.query)) {
      const raw = query.get(key);
      const value = raw === null ? undefined : codec.parse(raw);
      if (value !== undefined) found[key] = value;
    }
    return found as unknown as RouteOf<T>;
  }
  return null;
}

/** The screen a route shows and the props it gets. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function screenFor<T extends RouteTable>(table: T, route: RouteOf<T>): { screen: Component<any>; props: Record<string, unknown> } {
  const def = table[(route as unknown as Loose).name];
  return { screen: def.screen, props: def.props(route as never) };
}

import type { HttpRoute } from '../../manifest-types';

export interface RouteMatch {
  route: HttpRoute;
  pathParameters: Record<string, string> | undefined;
}

interface CompiledRoute {
  route: HttpRoute;
  pattern: RegExp;
  names: string[];
}

/** Matches request paths against the manifest's API Gateway path templates (`{id}`, `{proxy+}`). */
export function routeTable(routes: HttpRoute[]) {
  const compiled: CompiledRoute[] = routes.map((route) => {
    const names: string[] = [];
    const source = route.path
      .split('/')
      .map((segment) => {
        const param = /^\{([\w]+)(\+)?\}$/.exec(segment);
        if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(param[1]!);
        return param[2] ? '(.+)' : '([^/]+)';
      })
      .join('/');
    return { route, pattern: new RegExp(`^${source}$`), names };
  });
  // Literal segments win over parameters, as on API Gateway.
  compiled.sort((a, b) => a.names.length - b.names.length);

  return {
    match(method: string, path: string): RouteMatch | 'method-not-allowed' | undefined {
      let pathMatched = false;
      for (const candidate of compiled) {
        const result = candidate.pattern.exec(path);
        if (!result) continue;
        pathMatched = true;
        if (candidate.route.method !== method) continue;
        const pathParameters = candidate.names.length
          ? Object.fromEntries(candidate.names.map((name, i) => [name, decodeURIComponent(result[i + 1]!)]))
          : undefined;
        return { route: candidate.route, pathParameters };
      }
      return pathMatched ? 'method-not-allowed' : undefined;
    },
    allowedMethods(path: string): string[] {
      return compiled.filter((c) => c.pattern.test(path)).map((c) => c.route.method);
    },
  };
}

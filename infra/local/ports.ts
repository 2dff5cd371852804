import { createServer } from 'node:net';
import { defaultPorts, portVariable, type PortName } from './settings';

export class PortBusyError extends Error {}

const probe = (port: number, host = '127.0.0.1'): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolve(bound));
    });
  });

/** Resolves the port for each service: env override, a free one in auto mode, else the default, checked free. */
export async function choosePorts(names: readonly PortName[]): Promise<Record<PortName, number>> {
  const auto = process.env.TWINFORGE_PORTS === 'auto';
  const chosen = {} as Record<PortName, number>;
  for (const name of names) {
    const variable = portVariable(name);
    const requested = process.env[variable] ? Number(process.env[variable]) : auto ? 0 : defaultPorts[name];
    try {
      chosen[name] = await probe(requested);
    } catch {
      throw new PortBusyError(
        `Port ${requested} for ${name} is busy: stop what uses it (\`lsof -i :${requested}\`) or set ${variable}=<free port>.`,
      );
    }
  }
  return chosen;
}

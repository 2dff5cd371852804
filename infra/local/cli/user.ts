/**
 * npm run user -- create <email> <password> [--admin]   make a confirmed local user
 * npm run user -- token <email> <password>              print an access token for curl
 */
import { localClients } from '../aws-clients';
import { readEndpoints } from '../endpoints';
import { createConfirmedUser, signIn } from '../users';

const [command, email, password] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const admin = process.argv.includes('--admin');

async function main() {
  if (!command || !email || !password || !['create', 'token'].includes(command)) {
    console.error('Usage: npm run user -- create <email> <password> [--admin] | token <email> <password>');
    process.exit(2);
  }
  const endpoints = await readEndpoints();
  const { cognito } = localClients(endpoints);
  if (command === 'create') {
    const { sub } = await createConfirmedUser(cognito, endpoints.userPoolId, { email, password, admin });
    console.log(`Created ${email}${admin ? ' (admin)' : ''}, sub ${sub}`);
  } else {
    const tokens = await signIn(cognito, endpoints.userPoolClientId, email, password);
    console.log(tokens.accessToken);
  }
}

main().catch((error: Error) => {
  console.error(`✗ ${error.name}: ${error.message}`);
  process.exit(1);
});

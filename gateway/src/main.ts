import { loadGatewayEnv } from './env.js';
import { startGateway } from './server.js';

const gateway = await startGateway(loadGatewayEnv());
const stop = async () => {
  await gateway.stop();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

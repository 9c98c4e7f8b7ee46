declare module 'midtrans-client' {
  interface ApiConfig {
    getSnapApiBaseUrl: () => string;
    getCoreApiBaseUrl: () => string;
  }
  class Snap {
    constructor(options: { isProduction: boolean; serverKey: string; clientKey: string });
    apiConfig: ApiConfig;
    createTransaction(parameter: Record<string, unknown>): Promise<{ token: string; redirect_url: string }>;
    transaction: { status(orderId: string): Promise<Record<string, unknown>> };
  }
  const midtransClient: { Snap: typeof Snap };
  export default midtransClient;
}

export const loader = () =>
  new Response(JSON.stringify({ status: 'ok', service: 'storefront' }), {
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });

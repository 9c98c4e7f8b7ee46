import { readFileSync } from 'node:fs';
import { send } from './support/fuzz/client.js';
const s = JSON.parse(readFileSync('/tmp/h4/system.json', 'utf8'));
const signIn = async (email: string) =>
  JSON.parse(
    (
      await send(
        s.gatewayUrl,
        JSON.stringify({
          query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
          variables: { input: { email, password: 'kampung123' } },
        }),
      )
    ).body,
  ).data.signIn.token;
const token = await signIn('penjual@kampung.test');
const mine = JSON.parse(
  (await send(s.gatewayUrl, JSON.stringify({ query: '{ myProducts(first: 1) { edges { node { id } } } }' }), { token }))
    .body,
);
const id = mine.data.myProducts.edges[0].node.id;
for (const n of [20, 500, 5000]) {
  const variants = Array.from({ length: n }, (_, i) => ({
    sku: `S${i}`,
    name: 'b',
    options: [],
    price: 1,
    stock: 1,
    weightGrams: 1,
  }));
  const body = JSON.stringify({
    query: 'mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id } }',
    variables: { id, input: { variants } },
  });
  const o = await send(s.gatewayUrl, body, { token });
  console.log(n, body.length, o.status, Math.round(o.ms!), o.body.length, o.body.slice(0, 200));
  const d = await send(s.subgraphUrls.products, body, { token });
  console.log('direct', n, d.status, Math.round(d.ms!), d.body.length);
}

import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { signOutUserSession } from '../server/session.server';

export const loader = () => redirect('/');

export async function action({ request }: ActionFunctionArgs) {
  return signOutUserSession(request, '/');
}

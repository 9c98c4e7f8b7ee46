import { gql, type TypedDocumentNode } from '@urql/core';

export type AuthPayloadData = {
  token: string;
  expiresAt: string;
  refreshToken: string;
  user: { id: string; name: string; roles: string[] };
};

const AuthPayloadFragment = gql`
  fragment AuthPayloadFields on AuthPayload {
    token
    expiresAt
    refreshToken
    user {
      id
      name
      roles
    }
  }
`;

export type SignInData = { signIn: AuthPayloadData };
export type SignInVars = { input: { email: string; password: string } };

export const SignInMutation: TypedDocumentNode<SignInData, SignInVars> = gql`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...AuthPayloadFields
    }
  }
  ${AuthPayloadFragment}
`;

export type SignUpData = { signUp: AuthPayloadData };
export type SignUpVars = {
  input: { name: string; email: string; password: string; phone?: string };
};

export const SignUpMutation: TypedDocumentNode<SignUpData, SignUpVars> = gql`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...AuthPayloadFields
    }
  }
  ${AuthPayloadFragment}
`;

/** Plain strings: session.server.ts posts them with fetch (it sits below the urql client). */
export const REFRESH_SESSION = `mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { token expiresAt refreshToken user { id name roles } }
}`;
export type RefreshSessionData = { refreshSession: AuthPayloadData };

export const SIGN_OUT = 'mutation SignOut { signOut }';

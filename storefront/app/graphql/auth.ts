import { graphql } from './graphql';

/** What signing in, signing up and renewing return: the session.server.ts cookie is made of it. */
export const AuthPayloadFragment = graphql(`
  fragment AuthPayloadFields on AuthPayload @_unmask {
    token
    expiresAt
    refreshToken
    user {
      id
      name
      roles
      memberships {
        role
        placeCode
      }
    }
  }
`);

export const SignInMutation = graphql(
  `
    mutation SignIn($input: SignInInput!) {
      signIn(input: $input) {
        ...AuthPayloadFields
      }
    }
  `,
  [AuthPayloadFragment],
);

export const SignUpMutation = graphql(
  `
    mutation SignUp($input: SignUpInput!) {
      signUp(input: $input) {
        ...AuthPayloadFields
      }
    }
  `,
  [AuthPayloadFragment],
);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      token
      expiresAt
      refreshToken
      user {
        id
        name
        roles
        memberships {
          role
          placeCode
        }
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

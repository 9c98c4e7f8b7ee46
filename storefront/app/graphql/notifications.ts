import { AuthPayloadFragment } from './auth';
import { graphql } from './graphql';

/** The bell in the header. */
export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications($first: Int, $after: String) {
    unreadNotificationCount
    myNotifications(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          titleEn
          body
          bodyEn
          link
          readAt
          createdAt
        }
      }
    }
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

/** The settings page: the phone's state and every channel × group. */
export const NotificationSettingsQuery = graphql(`
  query NotificationSettings {
    me {
      id
      phone
      phoneVerified
    }
    myNotificationPreferences {
      channel
      group
      enabled
      changeable
    }
  }
`);

export const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($channel: NotificationChannel!, $group: NotificationGroup!, $enabled: Boolean!) {
    setNotificationPreference(channel: $channel, group: $group, enabled: $enabled) {
      channel
      group
      enabled
    }
  }
`);

export const UnsubscribeEmailMutation = graphql(`
  mutation UnsubscribeEmail($token: String!) {
    unsubscribeEmail(token: $token)
  }
`);

// ── account recovery, phone sign-in and contact changes (decision 027) ─────────

export const MyContactQuery = graphql(`
  query MyContact {
    me {
      id
      email
      phone
      phoneVerified
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const RequestSignInCodeMutation = graphql(`
  mutation RequestSignInCode($phone: String!) {
    requestSignInCode(phone: $phone)
  }
`);

export const SignInWithCodeMutation = graphql(
  `
    mutation SignInWithCode($input: SignInWithCodeInput!) {
      signInWithCode(input: $input) {
        ...AuthPayloadFields
      }
    }
  `,
  [AuthPayloadFragment],
);

export const RequestPhoneVerificationMutation = graphql(`
  mutation RequestPhoneVerification {
    requestPhoneVerification
  }
`);

export const VerifyPhoneMutation = graphql(`
  mutation VerifyPhone($code: String!) {
    verifyPhone(code: $code) {
      id
      phone
    }
  }
`);

export const RequestContactChangeMutation = graphql(`
  mutation RequestContactChange($input: RequestContactChangeInput!) {
    requestContactChange(input: $input)
  }
`);

export const ConfirmContactChangeMutation = graphql(`
  mutation ConfirmContactChange($input: ConfirmContactChangeInput!) {
    confirmContactChange(input: $input) {
      id
      email
      phone
    }
  }
`);

import { graphql } from './graphql';

/** The regency admin's screens (/admin): villages, their offices and who works where (decision 020). */

export const AdminVillagesQuery = graphql(`
  query AdminVillages($districtCode: String, $online: Boolean, $after: String) {
    districts {
      code
      name
    }
    villages(districtCode: $districtCode, online: $online, first: 30, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          code
          name
          type
          online
          district {
            name
          }
        }
      }
    }
  }
`);

const MembershipFields = graphql(`
  fragment AdminMembershipFields on Membership @_unmask {
    id
    role
    placeCode
    createdAt
    user {
      name
      email
    }
  }
`);

export const AdminVillageQuery = graphql(
  `
    query AdminVillage($code: String!) {
      village(code: $code) {
        code
        name
        type
        districtCode
        district {
          name
        }
        officeAddress
        openingHours {
          weekday
          opens
          closes
        }
        head {
          name
          title
        }
        letterCode
        logoUrl
        phone
        online
        onlineSince
      }
      memberships(placeCode: $code, first: 100) {
        totalCount
        edges {
          node {
            ...AdminMembershipFields
          }
        }
      }
    }
  `,
  [MembershipFields],
);

export const AdminDistrictQuery = graphql(
  `
    query AdminDistrict($code: String!) {
      region(code: $code) {
        code
        name
        level
      }
      memberships(placeCode: $code, first: 100) {
        totalCount
        edges {
          node {
            ...AdminMembershipFields
          }
        }
      }
    }
  `,
  [MembershipFields],
);

export const UpdateVillageOfficeMutation = graphql(`
  mutation AdminUpdateVillageOffice($code: String!, $input: VillageOfficeInput!) {
    updateVillageOffice(code: $code, input: $input) {
      code
    }
  }
`);

export const SetVillageOnlineMutation = graphql(`
  mutation AdminSetVillageOnline($code: String!, $online: Boolean!) {
    setVillageOnline(code: $code, online: $online) {
      code
      online
    }
  }
`);

export const GrantMembershipMutation = graphql(`
  mutation AdminGrantMembership($input: GrantMembershipInput!) {
    grantMembership(input: $input) {
      id
    }
  }
`);

export const RevokeMembershipMutation = graphql(`
  mutation AdminRevokeMembership($id: ID!) {
    revokeMembership(id: $id) {
      id
    }
  }
`);

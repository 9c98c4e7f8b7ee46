import { graphql } from './graphql';

/** Services per village (decision 021): choosing a village, what it offers, the staff's adoption screen. */

export const OnlineVillagesQuery = graphql(`
  query OnlineVillages {
    villages(online: true, first: 100) {
      edges {
        node {
          code
          name
          district {
            name
          }
        }
      }
    }
  }
`);

export const MyPlacesQuery = graphql(`
  query MyPlaces {
    me {
      id
      villageCode
      memberships {
        role
        placeCode
      }
    }
  }
`);

export const VillageCatalogueQuery = graphql(`
  query VillageCatalogue($villageCode: String!) {
    serviceCategories {
      code
      name
    }
    services(villageCode: $villageCode, first: 100) {
      edges {
        node {
          id
          slug
          name
          summary
          slaHours
          fee
          offeredIn
          category {
            code
          }
          ikm {
            index
            grade
          }
        }
      }
    }
  }
`);

export const VillageAdoptionsQuery = graphql(`
  query VillageAdoptions($villageCode: String!) {
    villageServices(villageCode: $villageCode, includeWithdrawn: true) {
      serviceId
      active
      own
      fee
      slaHours
      office
      extraRequirements
      service {
        id
        slug
        name
        fee
        slaHours
        office
        active
        villageCode
      }
    }
    services(first: 100) {
      edges {
        node {
          id
          slug
          name
          fee
          slaHours
        }
      }
    }
  }
`);

export const AdoptServiceMutation = graphql(`
  mutation AdoptService($villageCode: String!, $serviceId: ID!) {
    adoptService(villageCode: $villageCode, serviceId: $serviceId) {
      serviceId
      active
    }
  }
`);

export const UpdateVillageServiceMutation = graphql(`
  mutation UpdateVillageService($villageCode: String!, $serviceId: ID!, $overrides: VillageServiceInput!) {
    updateVillageService(villageCode: $villageCode, serviceId: $serviceId, overrides: $overrides) {
      serviceId
      fee
      slaHours
      office
    }
  }
`);

export const WithdrawServiceMutation = graphql(`
  mutation WithdrawService($villageCode: String!, $serviceId: ID!) {
    withdrawService(villageCode: $villageCode, serviceId: $serviceId) {
      serviceId
      active
    }
  }
`);

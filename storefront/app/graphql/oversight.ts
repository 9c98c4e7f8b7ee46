import { graphql } from './graphql';
import { ProductCardFragment } from './products';

/** Oversight and transparency figures (services subgraph) and the village offices (places). */
export const FiguresFragment = graphql(`
  fragment Figures on VillageFigures @_unmask {
    code
    name
    districtCode
    districtName
    requests
    completed
    onTime
    onTimeShare
    medianHours
    p90Hours
    ikm
    ikmGrade
    ikmResponses
    complaints
    complaintsAnswered
    medianComplaintResponseHours
  }
`);

const MonthFragment = graphql(`
  fragment Month on OversightMonth @_unmask {
    month
    requests
    completed
    onTime
    onTimeShare
  }
`);

export const VillageLeagueQuery = graphql(
  `
    query VillageLeague(
      $scope: OversightScopeInput
      $period: OversightPeriodInput!
      $serviceId: ID
      $orderBy: LeagueOrder!
      $descending: Boolean!
    ) {
      villageLeague(scope: $scope, period: $period, serviceId: $serviceId, orderBy: $orderBy, descending: $descending) {
        scopeCode
        scopeName
        aggregation
        total {
          ...Figures
        }
        villages {
          ...Figures
        }
      }
      oversightSeries(scope: $scope, period: $period, serviceId: $serviceId) {
        ...Month
      }
    }
  `,
  [FiguresFragment, MonthFragment],
);

export const PublicLeagueQuery = graphql(
  `
    query PublicLeague(
      $scope: OversightScopeInput
      $period: OversightPeriodInput!
      $serviceId: ID
      $orderBy: LeagueOrder!
      $descending: Boolean!
    ) {
      villageLeague: publicRegencyFigures(
        scope: $scope
        period: $period
        serviceId: $serviceId
        orderBy: $orderBy
        descending: $descending
      ) {
        scopeCode
        scopeName
        aggregation
        total {
          ...Figures
        }
        villages {
          ...Figures
        }
      }
      oversightSeries: publicOversightSeries(scope: $scope, period: $period, serviceId: $serviceId) {
        ...Month
      }
    }
  `,
  [FiguresFragment, MonthFragment],
);

const DrillDownFragment = graphql(
  `
    fragment DrillDown on VillageDrillDown @_unmask {
      figures {
        ...Figures
      }
      months {
        ...Month
      }
      distribution {
        fromHours
        toHours
        count
      }
      services {
        serviceId
        name
        requests
        completed
        onTime
        medianHours
      }
    }
  `,
  [FiguresFragment, MonthFragment],
);

export const VillageFiguresQuery = graphql(
  `
    query VillageFigures($code: String!, $period: OversightPeriodInput!, $serviceId: ID) {
      villageFigures(villageCode: $code, period: $period, serviceId: $serviceId) {
        ...DrillDown
      }
    }
  `,
  [DrillDownFragment],
);

export const PublicVillageFiguresQuery = graphql(
  `
    query PublicVillageFigures($code: String!, $period: OversightPeriodInput!, $serviceId: ID) {
      villageFigures: publicVillageFigures(villageCode: $code, period: $period, serviceId: $serviceId) {
        ...DrillDown
      }
    }
  `,
  [DrillDownFragment],
);

/** The filters' choices and which villages are online (places), for one district or the regency. */
export const OversightChoicesQuery = graphql(`
  query OversightChoices($districtCode: String, $online: Boolean) {
    districts {
      code
      name
    }
    villages(districtCode: $districtCode, online: $online, first: 100) {
      edges {
        node {
          code
          name
          online
        }
      }
    }
    services(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const VillageOfficeQuery = graphql(`
  query VillageOffice($code: String!) {
    village(code: $code) {
      code
      name
      type
      districtCode
      district {
        name
      }
      officeAddress
      phone
      openingHours {
        weekday
        opens
        closes
      }
      head {
        name
        title
      }
      logoUrl
      online
      onlineSince
    }
  }
`);

export const VillagePageQuery = graphql(`
  query VillagePage($code: String!) {
    posts(villageCode: $code, limit: 6) {
      id
      slug
      kind
      title
      summary
      publishedAt
    }
    services(villageCode: $code, first: 12) {
      totalCount
      edges {
        node {
          id
          slug
          name
          summary
          slaHours
          fee
        }
      }
    }
  }
`);

/** The village's products (catalogue search by the shop's village code). */
export const VillageProductsQuery = graphql(
  `
    query VillageProducts($code: String!) {
      search(input: { villageCode: $code, first: 8 }) {
        totalCount
        nodes {
          id
          ...ProductCard
        }
      }
    }
  `,
  [ProductCardFragment],
);

/** Villages that serve online, to choose the office a complaint goes to. */
export const OnlineVillagesQuery = graphql(`
  query OnlineVillages {
    villages(online: true, first: 100) {
      edges {
        node {
          code
          name
        }
      }
    }
  }
`);

/** Active shops and paid sales per village (sellers subgraph; district officers and the regency admin). */
export const MarketFiguresQuery = graphql(`
  query MarketFigures($from: DateTimeISO!, $to: DateTimeISO!) {
    marketplaceFiguresByVillage(from: $from, to: $to) {
      villageCode
      activeShops
      salesRupiah
    }
  }
`);

import { graphql } from './graphql';

/**
 * The kecamatan of the regency and, once one is chosen, its villages: the place pickers of the
 * catalogue and of the shop registration form (places subgraph).
 */
export const PlacePickerQuery = graphql(`
  query PlacePicker($districtCode: String, $withVillages: Boolean!) {
    districts {
      code
      name
    }
    villages(districtCode: $districtCode, first: 100) @include(if: $withVillages) {
      edges {
        node {
          code
          name
        }
      }
    }
  }
`);

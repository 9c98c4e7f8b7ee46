import { graphql } from './graphql';

/** The regency admin's dead letters (/admin/notifikasi): masked recipient, no message text. */
export const FailedDeliveriesQuery = graphql(`
  query FailedDeliveries($first: Int, $after: String) {
    failedDeliveries(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          channel
          eventType
          status
          attempts
          lastError
          updatedAt
        }
      }
    }
  }
`);

export const RetryDeliveryMutation = graphql(`
  mutation RetryDelivery($id: ID!) {
    retryDelivery(id: $id) {
      id
      status
    }
  }
`);

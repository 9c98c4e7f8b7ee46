import { graphql } from './graphql';

export const CartFieldsFragment = graphql(`
  fragment CartFields on Cart @_unmask {
    id
    token
    itemsTotal
    itemCount
    hasProblems
    lines {
      id
      variantId
      sellerId
      title
      quantity
      unitPrice
      seenPrice
      lineTotal
      available
      problem
    }
  }
`);

export const CartQuery = graphql(
  `
    query Cart($token: String) {
      cart(token: $token) {
        ...CartFields
      }
    }
  `,
  [CartFieldsFragment],
);

export const AddToCartMutation = graphql(
  `
    mutation AddToCart($variantId: ID!, $quantity: Int!, $token: String) {
      addToCart(variantId: $variantId, quantity: $quantity, token: $token) {
        ...CartFields
      }
    }
  `,
  [CartFieldsFragment],
);

export const UpdateCartLineMutation = graphql(
  `
    mutation UpdateCartLine($lineId: ID!, $quantity: Int!, $token: String) {
      updateCartLine(lineId: $lineId, quantity: $quantity, token: $token) {
        ...CartFields
      }
    }
  `,
  [CartFieldsFragment],
);

export const RemoveCartLineMutation = graphql(
  `
    mutation RemoveCartLine($lineId: ID!, $token: String) {
      removeCartLine(lineId: $lineId, token: $token) {
        ...CartFields
      }
    }
  `,
  [CartFieldsFragment],
);

export const MergeCartMutation = graphql(
  `
    mutation MergeCart($guestToken: String!) {
      mergeCart(guestToken: $guestToken) {
        ...CartFields
      }
    }
  `,
  [CartFieldsFragment],
);

export const CheckoutPageQuery = graphql(
  `
    query CheckoutPage {
      cart {
        ...CartFields
      }
      paymentMethods
      shippingOptions {
        code
        label
        fee
      }
    }
  `,
  [CartFieldsFragment],
);

export const CheckoutMutation = graphql(`
  mutation Checkout($input: CheckoutInput!) {
    checkout(input: $input) {
      redirectUrl
      order {
        id
      }
    }
  }
`);

export const MyOrdersQuery = graphql(`
  query MyOrders {
    myOrders(first: 50) {
      edges {
        node {
          id
          code
          status
          totalAmount
          createdAt
        }
      }
    }
  }
`);

export const OrderQuery = graphql(`
  query Order($id: ID!) {
    order(id: $id) {
      id
      code
      status
      paymentMethod
      itemsTotal
      shippingTotal
      totalAmount
      createdAt
      paymentDueAt
      payment {
        status
        redirectUrl
      }
      shippingAddress {
        recipientName
        phone
        street
        village
        district
        regency
        province
        postalCode
      }
      sellerOrders {
        id
        status
        itemsTotal
        shippingFee
        shippingOption
        courier
        trackingNumber
        cancelReason
        refundStatus
        seller {
          id
          name
        }
        lines {
          id
          productId
          title
          sku
          unitPrice
          quantity
          lineTotal
          reviewed
        }
      }
      events {
        id
        fromStatus
        toStatus
        note
        createdAt
        sellerOrderId
      }
    }
  }
`);

export const ConfirmReceivedMutation = graphql(`
  mutation ConfirmReceived($orderId: ID!) {
    confirmOrderReceived(orderId: $orderId) {
      id
      status
    }
  }
`);

export const ReviewMutation = graphql(`
  mutation Review($orderLineId: ID!, $rating: Int!, $comment: String) {
    reviewOrderLine(orderLineId: $orderLineId, rating: $rating, comment: $comment) {
      id
    }
  }
`);

export const SellerInboxQuery = graphql(`
  query SellerInbox {
    sellerInbox(first: 50) {
      totalCount
      edges {
        node {
          id
          orderCode
          status
          itemsTotal
          shippingFee
          createdAt
          paymentMethod
        }
      }
    }
  }
`);

export const SellerOrderQuery = graphql(`
  query SellerOrder($id: ID!) {
    sellerOrder(id: $id) {
      id
      orderId
      orderCode
      status
      paymentMethod
      itemsTotal
      shippingFee
      shippingOption
      courier
      trackingNumber
      cancelReason
      refundStatus
      createdAt
      shippingAddress {
        recipientName
        phone
        street
        village
        district
        regency
        province
        postalCode
      }
      lines {
        id
        productId
        title
        sku
        unitPrice
        quantity
        lineTotal
        reviewed
      }
      events {
        id
        fromStatus
        toStatus
        note
        createdAt
      }
    }
  }
`);

export const AcceptSellerOrderMutation = graphql(`
  mutation Accept($id: ID!) {
    acceptSellerOrder(id: $id) {
      id
      status
    }
  }
`);

export const ShipSellerOrderMutation = graphql(`
  mutation Ship($id: ID!, $courier: String!, $trackingNumber: String!) {
    shipSellerOrder(id: $id, courier: $courier, trackingNumber: $trackingNumber) {
      id
      status
    }
  }
`);

export const DeliverSellerOrderMutation = graphql(`
  mutation Deliver($id: ID!) {
    deliverSellerOrder(id: $id) {
      id
      status
    }
  }
`);

export const CancelSellerOrderMutation = graphql(`
  mutation Cancel($id: ID!, $reason: String!) {
    cancelSellerOrder(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

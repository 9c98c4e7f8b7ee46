import { gql, type TypedDocumentNode } from '@urql/core';

export type CartLineData = {
  id: string;
  variantId: string;
  sellerId: string | null;
  title: string;
  quantity: number;
  unitPrice: number;
  seenPrice: number;
  lineTotal: number;
  available: number;
  problem: 'UNAVAILABLE' | 'PRICE_CHANGED' | 'INSUFFICIENT_STOCK' | null;
};
export type CartData = {
  id: string;
  token: string;
  itemsTotal: number;
  itemCount: number;
  hasProblems: boolean;
  lines: CartLineData[];
};

const CartFields = gql`
  fragment CartFields on Cart {
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
`;

export const CartQuery: TypedDocumentNode<{ cart: CartData | null }, { token?: string | null }> = gql`
  query Cart($token: String) {
    cart(token: $token) {
      ...CartFields
    }
  }
  ${CartFields}
`;

export const AddToCartMutation: TypedDocumentNode<
  { addToCart: CartData },
  { variantId: string; quantity: number; token?: string | null }
> = gql`
  mutation AddToCart($variantId: ID!, $quantity: Int!, $token: String) {
    addToCart(variantId: $variantId, quantity: $quantity, token: $token) {
      ...CartFields
    }
  }
  ${CartFields}
`;

export const UpdateCartLineMutation: TypedDocumentNode<
  { updateCartLine: CartData },
  { lineId: string; quantity: number; token?: string | null }
> = gql`
  mutation UpdateCartLine($lineId: ID!, $quantity: Int!, $token: String) {
    updateCartLine(lineId: $lineId, quantity: $quantity, token: $token) {
      ...CartFields
    }
  }
  ${CartFields}
`;

export const RemoveCartLineMutation: TypedDocumentNode<
  { removeCartLine: CartData },
  { lineId: string; token?: string | null }
> = gql`
  mutation RemoveCartLine($lineId: ID!, $token: String) {
    removeCartLine(lineId: $lineId, token: $token) {
      ...CartFields
    }
  }
  ${CartFields}
`;

export const MergeCartMutation: TypedDocumentNode<{ mergeCart: CartData }, { guestToken: string }> = gql`
  mutation MergeCart($guestToken: String!) {
    mergeCart(guestToken: $guestToken) {
      ...CartFields
    }
  }
  ${CartFields}
`;

export type ShippingOptionData = { code: string; label: string; fee: number };
export const CheckoutPageQuery: TypedDocumentNode<
  { cart: CartData | null; paymentMethods: string[]; shippingOptions: ShippingOptionData[] },
  Record<string, never>
> = gql`
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
  ${CartFields}
`;

export type AddressInput = {
  recipientName: string;
  phone: string;
  street: string;
  village: string;
  district: string;
  regency: string;
  province: string;
  postalCode: string;
};
export type CheckoutVars = {
  input: {
    shippingAddress: AddressInput;
    shipping: { sellerId: string; option: string }[];
    paymentMethod: string;
    idempotencyKey?: string;
  };
};
export const CheckoutMutation: TypedDocumentNode<
  { checkout: { redirectUrl: string | null; order: { id: string } } },
  CheckoutVars
> = gql`
  mutation Checkout($input: CheckoutInput!) {
    checkout(input: $input) {
      redirectUrl
      order {
        id
      }
    }
  }
`;

export type EventData = {
  id: string;
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
  createdAt: string;
  sellerOrderId?: string | null;
};
export type OrderLineData = {
  id: string;
  productId: string;
  title: string;
  sku: string;
  unitPrice: number;
  quantity: number;
  lineTotal: number;
  reviewed: boolean;
};
export type SellerOrderData = {
  id: string;
  status: string;
  itemsTotal: number;
  shippingFee: number;
  shippingOption: string;
  courier: string | null;
  trackingNumber: string | null;
  cancelReason: string | null;
  refundStatus: string | null;
  seller: { id: string; name?: string | null };
  lines: OrderLineData[];
};
export type OrderData = {
  id: string;
  code: string;
  status: string;
  paymentMethod: string;
  itemsTotal: number;
  shippingTotal: number;
  totalAmount: number;
  createdAt: string;
  paymentDueAt: string | null;
  payment: { status: string; redirectUrl: string | null } | null;
  shippingAddress: AddressInput;
  sellerOrders: SellerOrderData[];
  events: EventData[];
};

export const MyOrdersQuery: TypedDocumentNode<
  { myOrders: { edges: { node: Pick<OrderData, 'id' | 'code' | 'status' | 'totalAmount' | 'createdAt'> }[] } },
  Record<string, never>
> = gql`
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
`;

export const OrderQuery: TypedDocumentNode<{ order: OrderData | null }, { id: string }> = gql`
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
`;

export const ConfirmReceivedMutation: TypedDocumentNode<
  { confirmOrderReceived: { id: string; status: string } },
  { orderId: string }
> = gql`
  mutation ConfirmReceived($orderId: ID!) {
    confirmOrderReceived(orderId: $orderId) {
      id
      status
    }
  }
`;

export const ReviewMutation: TypedDocumentNode<
  { reviewOrderLine: { id: string } },
  { orderLineId: string; rating: number; comment: string | null }
> = gql`
  mutation Review($orderLineId: ID!, $rating: Int!, $comment: String) {
    reviewOrderLine(orderLineId: $orderLineId, rating: $rating, comment: $comment) {
      id
    }
  }
`;

export type InboxPartData = Omit<SellerOrderData, 'seller'> & {
  orderId: string;
  orderCode: string;
  paymentMethod: string;
  createdAt: string;
  shippingAddress: AddressInput;
  events: EventData[];
};

export const SellerInboxQuery: TypedDocumentNode<
  {
    sellerInbox: {
      totalCount: number;
      edges: {
        node: Pick<
          InboxPartData,
          'id' | 'orderCode' | 'status' | 'itemsTotal' | 'shippingFee' | 'createdAt' | 'paymentMethod'
        >;
      }[];
    };
  },
  Record<string, never>
> = gql`
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
`;

export const SellerOrderQuery: TypedDocumentNode<{ sellerOrder: InboxPartData }, { id: string }> = gql`
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
`;

type Step = TypedDocumentNode<
  Record<string, { id: string; status: string }>,
  { id: string; courier?: string; trackingNumber?: string; reason?: string }
>;
export const SellerSteps: Record<'accept' | 'ship' | 'deliver' | 'cancel', Step> = {
  accept: gql`
    mutation Accept($id: ID!) {
      acceptSellerOrder(id: $id) {
        id
        status
      }
    }
  `,
  ship: gql`
    mutation Ship($id: ID!, $courier: String!, $trackingNumber: String!) {
      shipSellerOrder(id: $id, courier: $courier, trackingNumber: $trackingNumber) {
        id
        status
      }
    }
  `,
  deliver: gql`
    mutation Deliver($id: ID!) {
      deliverSellerOrder(id: $id) {
        id
        status
      }
    }
  `,
  cancel: gql`
    mutation Cancel($id: ID!, $reason: String!) {
      cancelSellerOrder(id: $id, reason: $reason) {
        id
        status
      }
    }
  `,
};

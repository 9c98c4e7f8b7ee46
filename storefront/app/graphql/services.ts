import { gql, type TypedDocumentNode } from '@urql/core';

export type ServiceCardData = {
  id: string;
  slug: string;
  name: string;
  summary: string;
  slaHours: number;
  fee: number;
};

export type FeaturedServicesData = { featuredServices: ServiceCardData[] };
export type FeaturedServicesVars = { limit: number };

export const FeaturedServicesQuery: TypedDocumentNode<FeaturedServicesData, FeaturedServicesVars> = gql`
  query FeaturedServices($limit: Int!) {
    featuredServices(limit: $limit) {
      id
      slug
      name
      summary
      slaHours
      fee
    }
  }
`;

export type ServiceDetailData = ServiceCardData & {
  description: string;
  requirements: string[];
  steps: string[];
  office: string;
  active: boolean;
  category: { code: string; name: string };
};

export type ServiceBySlugData = { service: ServiceDetailData | null };
export type ServiceBySlugVars = { slug: string };

export const ServiceBySlugQuery: TypedDocumentNode<ServiceBySlugData, ServiceBySlugVars> = gql`
  query ServiceBySlug($slug: String!) {
    service(slug: $slug) {
      id
      slug
      name
      summary
      description
      requirements
      steps
      slaHours
      fee
      office
      active
      category {
        code
        name
      }
    }
  }
`;

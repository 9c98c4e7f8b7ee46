import type { Connection } from '@kampung/shared';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { ServicesContext } from '../env.js';
import { CatalogueService } from './catalogue.service.js';
import { ServiceCategoryType, ServiceConnection, ServiceType } from './catalogue.type.js';
import { FEATURED_DEFAULT } from './catalogue.validation.js';
import type { ServiceCategory } from './service-category.entity.js';
import type { Service } from './service.entity.js';

@Resolver(() => ServiceCategoryType)
export class ServiceCategoryResolver {
  @Query(() => [ServiceCategoryType], { description: 'The seven Smart Kampung criteria, in their order' })
  serviceCategories(@Ctx() ctx: ServicesContext): Promise<ServiceCategory[]> {
    return new CatalogueService(ctx).categories();
  }

  @FieldResolver(() => [ServiceType], { description: 'Active services, by name' })
  services(@Root() category: ServiceCategory, @Ctx() ctx: ServicesContext): Promise<Service[]> {
    return new CatalogueService(ctx).activeServicesOf(category.id);
  }
}

@Resolver(() => ServiceType)
export class ServiceResolver {
  @Query(() => ServiceConnection, { description: 'Active services by name, optionally of one category' })
  services(
    @Arg('categoryCode', () => String, { nullable: true }) categoryCode: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<Connection<Service>> {
    return new CatalogueService(ctx).list({ categoryCode, first, after });
  }

  @Query(() => ServiceType, { nullable: true, description: 'An active service; staff also see inactive ones' })
  service(@Arg('slug', () => String) slug: string, @Ctx() ctx: ServicesContext): Promise<Service | null> {
    return new CatalogueService(ctx).bySlug(slug);
  }

  @Query(() => [ServiceType], { description: 'Active featured services by name; limit 1–20' })
  featuredServices(
    @Arg('limit', () => Int, { nullable: true, defaultValue: FEATURED_DEFAULT }) limit: number | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<Service[]> {
    return new CatalogueService(ctx).featured(limit);
  }

  @FieldResolver(() => ServiceCategoryType)
  category(@Root() service: Service, @Ctx() ctx: ServicesContext): Promise<ServiceCategory> {
    return new CatalogueService(ctx).categoryOf(service);
  }
}

import type { Connection } from '@kampung/shared';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { ServicesContext } from '../env.js';
import { CatalogueService } from './catalogue.service.js';
import { ServiceCategoryType, ServiceConnection, ServiceType } from './catalogue.type.js';
import { FEATURED_DEFAULT } from './catalogue.validation.js';
import type { ServiceCategory } from './service-category.entity.js';
import type { ServiceView } from './service-view.js';

@Resolver(() => ServiceCategoryType)
export class ServiceCategoryResolver {
  @Query(() => [ServiceCategoryType], { description: 'The seven Smart Kampung criteria, in their order' })
  serviceCategories(@Ctx() ctx: ServicesContext): Promise<ServiceCategory[]> {
    return new CatalogueService(ctx).categories();
  }

  @FieldResolver(() => [ServiceType], { description: 'Published regency templates, by name' })
  services(@Root() category: ServiceCategory, @Ctx() ctx: ServicesContext): Promise<ServiceView[]> {
    return new CatalogueService(ctx).activeServicesOf(category.id);
  }
}

@Resolver(() => ServiceType)
export class ServiceResolver {
  @Query(() => ServiceConnection, {
    description:
      'By name, optionally of one category. With villageCode: what that village offers, on its terms (adopted templates with its overrides, and its own services); without: the regency templates',
  })
  services(
    @Arg('categoryCode', () => String, { nullable: true }) categoryCode: string | null,
    @Arg('villageCode', () => String, { nullable: true }) villageCode: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<Connection<ServiceView>> {
    return new CatalogueService(ctx).list({ categoryCode, villageCode, first, after });
  }

  @Query(() => ServiceType, {
    nullable: true,
    description:
      'A published service; with villageCode, as that village offers it (null when it does not). Staff also see unpublished ones',
  })
  service(
    @Arg('slug', () => String) slug: string,
    @Arg('villageCode', () => String, { nullable: true }) villageCode: string | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<ServiceView | null> {
    return new CatalogueService(ctx).bySlug(slug, villageCode);
  }

  @Query(() => [ServiceType], {
    description: 'Published featured services by name; with villageCode, those the village offers; limit 1–20',
  })
  featuredServices(
    @Arg('limit', () => Int, { nullable: true, defaultValue: FEATURED_DEFAULT }) limit: number | null,
    @Arg('villageCode', () => String, { nullable: true }) villageCode: string | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<ServiceView[]> {
    return new CatalogueService(ctx).featured(limit, villageCode);
  }

  @FieldResolver(() => ServiceCategoryType)
  category(@Root() service: ServiceView, @Ctx() ctx: ServicesContext): Promise<ServiceCategory> {
    return new CatalogueService(ctx).categoryOf(service);
  }

  @FieldResolver(() => String, { nullable: true })
  offeredIn(@Root() service: ServiceView): string | null {
    return service.offeredIn ?? null;
  }
}

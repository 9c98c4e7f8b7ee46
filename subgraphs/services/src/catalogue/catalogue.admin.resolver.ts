import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ServicesContext } from '../env.js';
import { CatalogueAdminService } from './catalogue.admin.service.js';
import { ServiceInputType, ServiceType } from './catalogue.type.js';
import type { Service } from './service.entity.js';
import { offerView, templateView, type ServiceView } from './service-view.js';
import { VillageCatalogue } from './village-catalogue.service.js';
import type { VillageService } from './village-service.entity.js';
import { VillageServiceInput, VillageServiceType } from './village-service.type.js';

@Resolver(() => ServiceType)
export class CatalogueAdminResolver {
  @Query(() => [ServiceType], {
    description:
      'Staff: regency templates and the own services of the villages they act for (all for the regency admin), published or not, by name',
  })
  async staffServices(@Ctx() ctx: ServicesContext): Promise<ServiceView[]> {
    return (await new CatalogueAdminService(ctx).all()).map(templateView);
  }

  @Mutation(() => ServiceType, {
    description:
      "A new service, unpublished until published. Without villageCode a regency template (regency admin); with one, that village's own service (its staff)",
  })
  async createService(
    @Arg('slug', () => String) slug: string,
    @Arg('categoryCode', () => String) categoryCode: string,
    @Arg('input', () => ServiceInputType) input: ServiceInputType,
    @Arg('villageCode', () => String, { nullable: true }) villageCode: string | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<ServiceView> {
    return templateView(await new CatalogueAdminService(ctx).create(slug, categoryCode, input, villageCode));
  }

  @Mutation(() => ServiceType, {
    description:
      "Edit a template (regency admin) or a village's own service (its staff); requests already made keep their form",
  })
  async updateService(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ServiceInputType) input: ServiceInputType,
    @Ctx() ctx: ServicesContext,
  ): Promise<ServiceView> {
    return templateView(await new CatalogueAdminService(ctx).update(id, input));
  }

  @Mutation(() => ServiceType, {
    description:
      "Publish (true) or unpublish (false) a template (regency admin) or a village's own service (its staff)",
  })
  async setServicePublished(
    @Arg('id', () => ID) id: string,
    @Arg('published', () => Boolean) published: boolean,
    @Ctx() ctx: ServicesContext,
  ): Promise<ServiceView> {
    return templateView(await new CatalogueAdminService(ctx).setPublished(id, published));
  }
}

@Resolver(() => VillageServiceType)
export class VillageServiceResolver {
  @Query(() => [VillageServiceType], {
    description:
      'The services a village offers (its staff, head, district officer, regency admin): adopted templates with their overrides and its own services',
  })
  villageServices(
    @Arg('villageCode', () => String) villageCode: string,
    @Arg('includeWithdrawn', () => Boolean, { nullable: true, defaultValue: false }) includeWithdrawn: boolean,
    @Ctx() ctx: ServicesContext,
  ): Promise<VillageService[]> {
    return new VillageCatalogue(ctx).adoptions(villageCode, includeWithdrawn);
  }

  @Mutation(() => VillageServiceType, {
    description: "The village's staff: offer a published regency template, optionally with overrides",
  })
  adoptService(
    @Arg('villageCode', () => String) villageCode: string,
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('overrides', () => VillageServiceInput, { nullable: true }) overrides: VillageServiceInput | null,
    @Ctx() ctx: ServicesContext,
  ): Promise<VillageService> {
    return new VillageCatalogue(ctx).adopt(villageCode, serviceId, overrides);
  }

  @Mutation(() => VillageServiceType, {
    description: "The village's staff: adjust fee, working hours, office, extra requirements and form fields",
  })
  updateVillageService(
    @Arg('villageCode', () => String) villageCode: string,
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('overrides', () => VillageServiceInput) overrides: VillageServiceInput,
    @Ctx() ctx: ServicesContext,
  ): Promise<VillageService> {
    return new VillageCatalogue(ctx).update(villageCode, serviceId, overrides);
  }

  @Mutation(() => VillageServiceType, {
    description: 'The village’s staff: stop offering a service; requests already made go on',
  })
  withdrawService(
    @Arg('villageCode', () => String) villageCode: string,
    @Arg('serviceId', () => ID) serviceId: string,
    @Ctx() ctx: ServicesContext,
  ): Promise<VillageService> {
    return new VillageCatalogue(ctx).withdraw(villageCode, serviceId);
  }

  @FieldResolver(() => ID)
  serviceId(@Root() adoption: VillageService): string {
    return adoption.service.id;
  }

  @FieldResolver(() => Boolean)
  own(@Root() adoption: VillageService): boolean {
    return adoption.service.villageCode === adoption.villageCode;
  }

  @FieldResolver(() => ServiceType, { description: 'The template (or own service) as stored' })
  service(@Root() adoption: VillageService): ServiceView {
    return templateView(adoption.service as Service);
  }

  @FieldResolver(() => ServiceType, { description: 'The service on this village’s terms' })
  effective(@Root() adoption: VillageService): ServiceView {
    return offerView(adoption.service, adoption);
  }
}

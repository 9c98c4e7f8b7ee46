import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ServicesContext } from '../env.js';
import { CatalogueAdminService } from './catalogue.admin.service.js';
import { ServiceInputType, ServiceType } from './catalogue.type.js';
import type { Service } from './service.entity.js';

@Resolver(() => ServiceType)
export class CatalogueAdminResolver {
  @Query(() => [ServiceType], { description: 'Staff: every service, published or not, by name' })
  staffServices(@Ctx() ctx: ServicesContext): Promise<Service[]> {
    return new CatalogueAdminService(ctx).all();
  }

  @Mutation(() => ServiceType, { description: 'Staff: a new service, unpublished until published' })
  createService(
    @Arg('slug', () => String) slug: string,
    @Arg('categoryCode', () => String) categoryCode: string,
    @Arg('input', () => ServiceInputType) input: ServiceInputType,
    @Ctx() ctx: ServicesContext,
  ): Promise<Service> {
    return new CatalogueAdminService(ctx).create(slug, categoryCode, input);
  }

  @Mutation(() => ServiceType, { description: 'Staff: edit a service; requests already made keep their form' })
  updateService(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ServiceInputType) input: ServiceInputType,
    @Ctx() ctx: ServicesContext,
  ): Promise<Service> {
    return new CatalogueAdminService(ctx).update(id, input);
  }

  @Mutation(() => ServiceType, { description: 'Staff: publish (true) or unpublish (false)' })
  setServicePublished(
    @Arg('id', () => ID) id: string,
    @Arg('published', () => Boolean) published: boolean,
    @Ctx() ctx: ServicesContext,
  ): Promise<Service> {
    return new CatalogueAdminService(ctx).setPublished(id, published);
  }
}

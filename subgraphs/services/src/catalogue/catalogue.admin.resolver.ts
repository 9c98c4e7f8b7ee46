import type { RequestContext } from '@kampung/shared';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { CatalogueAdmin } from './catalogue.admin.js';
import { FormFieldKindEnum, ServiceType } from './catalogue.type.js';
import type { FormFieldKind } from './form-field.js';
import type { Service } from './service.entity.js';

@InputType('FormFieldInput')
export class FormFieldInput {
  @Field(() => String) key: string;
  @Field(() => String) label: string;
  @Field(() => FormFieldKindEnum) type: FormFieldKind;
  @Field(() => Boolean) required: boolean;
  @Field(() => String, { nullable: true }) help?: string | null;
  @Field(() => [String], { nullable: true }) options?: string[] | null;
}

@InputType('ServiceInput')
export class ServiceInputType {
  @Field(() => String) name: string;
  @Field(() => String) summary: string;
  @Field(() => String) description: string;
  @Field(() => [String]) requirements: string[];
  @Field(() => [String]) steps: string[];
  @Field(() => Int) slaHours: number;
  @Field(() => Int) fee: number;
  @Field(() => String) office: string;
  @Field(() => String) openingHours: string;
  @Field(() => Boolean) isLetter: boolean;
  @Field(() => String, { nullable: true, description: '{nama}, {keperluan}, {desa}, {alamat}' }) letterTemplate?:
    string | null;
  @Field(() => [FormFieldInput]) formFields: FormFieldInput[];
}

@Resolver(() => ServiceType)
export class CatalogueAdminResolver {
  @Query(() => [ServiceType], { description: 'Staff: every service, published or not, by name' })
  staffServices(@Ctx() ctx: RequestContext): Promise<Service[]> {
    return new CatalogueAdmin(ctx).all();
  }

  @Mutation(() => ServiceType, { description: 'Staff: a new service, unpublished until published' })
  createService(
    @Arg('slug', () => String) slug: string,
    @Arg('categoryCode', () => String) categoryCode: string,
    @Arg('input', () => ServiceInputType) input: ServiceInputType,
    @Ctx() ctx: RequestContext,
  ): Promise<Service> {
    return new CatalogueAdmin(ctx).create(slug, categoryCode, input);
  }

  @Mutation(() => ServiceType, { description: 'Staff: edit a service; requests already made keep their form' })
  updateService(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ServiceInputType) input: ServiceInputType,
    @Ctx() ctx: RequestContext,
  ): Promise<Service> {
    return new CatalogueAdmin(ctx).update(id, input);
  }

  @Mutation(() => ServiceType, { description: 'Staff: publish (true) or unpublish (false)' })
  setServicePublished(
    @Arg('id', () => ID) id: string,
    @Arg('published', () => Boolean) published: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<Service> {
    return new CatalogueAdmin(ctx).setPublished(id, published);
  }
}

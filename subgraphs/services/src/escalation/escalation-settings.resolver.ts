import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { ServicesContext } from '../env.js';
import { EscalationSettingsService } from './escalation-settings.service.js';
import { EscalationThresholdsInput, EscalationThresholdsType } from './escalation-settings.type.js';

@Resolver()
export class EscalationSettingsResolver {
  @Query(() => EscalationThresholdsType, {
    description: 'Staff and admins: when complaints climb the escalation chain',
  })
  escalationThresholds(@Ctx() ctx: ServicesContext): Promise<EscalationThresholdsType> {
    return new EscalationSettingsService(ctx).read();
  }

  @Mutation(() => EscalationThresholdsType, { description: 'Regency admin: set the complaint escalation thresholds' })
  setEscalationThresholds(
    @Arg('input', () => EscalationThresholdsInput) input: EscalationThresholdsInput,
    @Ctx() ctx: ServicesContext,
  ): Promise<EscalationThresholdsType> {
    return new EscalationSettingsService(ctx).set(input);
  }
}

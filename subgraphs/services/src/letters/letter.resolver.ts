import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ServicesContext } from '../env.js';
import { LetterService } from './letter.service.js';
import { LetterVerificationType } from './letter.type.js';

@Resolver()
export class LetterResolver {
  @Query(() => LetterVerificationType, {
    nullable: true,
    description: 'Public: is this letter genuine? null when the code is unknown',
  })
  verifyLetter(
    @Arg('code', () => String) code: string,
    @Ctx() ctx: ServicesContext,
  ): Promise<LetterVerificationType | null> {
    return new LetterService(ctx).verify(code);
  }
}

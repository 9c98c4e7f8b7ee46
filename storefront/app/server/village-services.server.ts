import { z } from 'zod';
import type { VariablesOf } from '../graphql/graphql';
import type { UpdateVillageServiceMutation } from '../graphql/village-services';

const whole = z
  .string()
  .trim()
  .regex(/^\d*$/)
  .optional()
  .transform((v) => v ?? '');

/** The staff's adoption forms: the village and service, and the overrides as posted (text). */
export const adoptionForm = z.object({
  villageCode: z.string().trim().min(1),
  serviceId: z.string().trim().min(1),
  fee: whole,
  slaHours: whole,
  office: z
    .string()
    .optional()
    .transform((v) => v ?? ''),
  extraRequirements: z
    .string()
    .optional()
    .transform((v) => v ?? ''),
});

type Overrides = VariablesOf<typeof UpdateVillageServiceMutation>['overrides'];

/**
 * The overrides to send: an empty field goes back to the template's value (null); extra
 * requirements one per line, blank lines dropped. The API checks the values.
 */
export function overridesOf(fields: {
  fee: string;
  slaHours: string;
  office: string;
  extraRequirements: string;
}): Overrides {
  return {
    fee: fields.fee === '' ? null : Number(fields.fee),
    slaHours: fields.slaHours === '' ? null : Number(fields.slaHours),
    office: fields.office.trim() === '' ? null : fields.office.trim(),
    extraRequirements: fields.extraRequirements
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

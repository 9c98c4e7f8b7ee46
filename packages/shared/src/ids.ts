import { z } from 'zod';
import { bilingual } from './validation.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that PostgreSQL would refuse as `uuid` cannot name a row: treat them as unknown instead of failing. */
export const isUuid = (value: string): boolean => UUID.test(value);

/**
 * The id of a row (a `uuid`, any version) in a zod schema: `z.object({ id: idSchema })`.
 * Anything else is BAD_USER_INPUT "ID tidak valid / ID is not valid".
 */
export const idSchema = z.guid(bilingual('ID tidak valid', 'ID is not valid'));

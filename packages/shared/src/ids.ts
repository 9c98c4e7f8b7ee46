const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that PostgreSQL would refuse as `uuid` cannot name a row: treat them as unknown instead of failing. */
export const isUuid = (value: string): boolean => UUID.test(value);

import { Check, Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** The last letter number a village gave out in a year (WIB); moved only by `nextLetterNumber`'s upsert. */
@Entity({ tableName: 'letter_sequences' })
@Check({ name: 'letter_sequences_last_number_check', expression: 'last_number >= 0' })
export class LetterSequence {
  [PrimaryKeyProp]?: ['villageCode', 'year'];

  @PrimaryKey({ type: 'string', length: 13 })
  villageCode: string;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  year: number;

  @Property({ type: 'integer' })
  lastNumber: number;
}

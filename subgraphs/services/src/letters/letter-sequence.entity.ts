import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The last letter number given out in a year (WIB); moved only by `nextLetterNumber`'s upsert. */
@Entity({ tableName: 'letter_sequences' })
@Check({ name: 'letter_sequences_last_number_check', expression: 'last_number >= 0' })
export class LetterSequence {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year: number;

  @Property({ type: 'integer' })
  lastNumber: number;
}

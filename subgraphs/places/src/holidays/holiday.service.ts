import { ConflictError, NotFoundError, UserInputError, validate, type RequestContext } from '@kampung/shared';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Holiday } from './holiday.entity.js';
import type { HolidayInput } from './holiday.type.js';
import { holidayDateSchema, holidayNamesSchema, holidaySchema, holidayYearSchema } from './holiday.validation.js';

export class HolidayService {
  constructor(private readonly context: RequestContext) {}

  private get em() {
    return this.context.em;
  }

  /** The holidays of one year, by date. */
  inYear(year: number): Promise<Holiday[]> {
    const parsed = validateField('year', () => validate(holidayYearSchema, year));
    return this.em.find(
      Holiday,
      { date: { $gte: `${parsed}-01-01`, $lte: `${parsed}-12-31` } },
      { orderBy: { date: 'asc' } },
    );
  }

  /** The holiday dates between two local dates, for the working-hours clock. */
  async datesBetween(from: string, to: string): Promise<string[]> {
    const rows = await this.em.find(Holiday, { date: { $gte: from, $lte: to } }, { fields: ['date'] });
    return rows.map((row) => row.date);
  }

  async add(input: HolidayInput): Promise<Holiday> {
    const data = validate(holidaySchema, input);
    const holiday = this.em.create(Holiday, {
      date: data.date,
      name: data.name,
      nameEn: data.nameEn,
      jointLeave: data.jointLeave ?? false,
    });
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError({
          id: `Sudah ada hari libur pada ${data.date}`,
          en: `There is already a holiday on ${data.date}`,
        });
      }
      throw error;
    }
    return holiday;
  }

  /** Renames the holiday on `date` (both languages); NOT_FOUND when there is none. */
  async rename(date: string, name: string, nameEn: string): Promise<Holiday> {
    const parsed = validateField('date', () => validate(holidayDateSchema, date));
    const names = validate(holidayNamesSchema, { name, nameEn });
    const holiday = await this.found(parsed);
    holiday.name = names.name;
    holiday.nameEn = names.nameEn;
    await this.em.flush();
    return holiday;
  }

  /** Removes the holiday on `date` and returns it; NOT_FOUND when there is none. */
  async remove(date: string): Promise<Holiday> {
    const parsed = validateField('date', () => validate(holidayDateSchema, date));
    const holiday = await this.found(parsed);
    await this.em.remove(holiday).flush();
    return holiday;
  }

  private async found(date: string): Promise<Holiday> {
    const holiday = await this.em.findOne(Holiday, { date });
    if (!holiday) {
      const error = new NotFoundError({ id: `Hari libur pada ${date}`, en: `Holiday on ${date}` });
      error.extensions['field'] = 'date';
      throw error;
    }
    return holiday;
  }
}

/** Runs a validation of a single argument and names the argument in the error. */
function validateField<T>(field: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof UserInputError) {
      const first = error.fields[0];
      throw UserInputError.field(field, { id: first?.message ?? 'Tidak valid', en: first?.messageEn ?? 'Not valid' });
    }
    throw error;
  }
}

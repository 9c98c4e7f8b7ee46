import { graphql } from './graphql';

/** The regency's holidays (places; decision 030): the days the working-hours clock skips. */
export const HolidaysQuery = graphql(`
  query Holidays($year: Int!) {
    holidays(year: $year) {
      date
      name
      nameEn
      jointLeave
    }
  }
`);

export const AddHolidayMutation = graphql(`
  mutation AddHoliday($input: HolidayInput!) {
    addHoliday(input: $input) {
      date
    }
  }
`);

export const RenameHolidayMutation = graphql(`
  mutation RenameHoliday($date: String!, $name: String!, $nameEn: String!) {
    renameHoliday(date: $date, name: $name, nameEn: $nameEn) {
      date
    }
  }
`);

export const RemoveHolidayMutation = graphql(`
  mutation RemoveHoliday($date: String!) {
    removeHoliday(date: $date) {
      date
    }
  }
`);

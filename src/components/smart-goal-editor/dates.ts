import { DATE_PATTERN, isRealDate } from '../../model/constants';

/** True for a real calendar date written `YYYY-MM-DD` (the model's own check). */
export function isIsoDate(value: string | undefined): value is string {
  return !!value && DATE_PATTERN.test(value) && isRealDate(value);
}

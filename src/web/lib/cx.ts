/** Joins the truthy class names: `cx('usa-input', hasError && 'usa-input--error')`. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}

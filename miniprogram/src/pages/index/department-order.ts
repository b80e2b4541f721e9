import type { TDepartmentSummary } from '@shared/schemas/home';

/**
 * Puts the departments that serve the citizen first: the city's own, then those of the chosen county, then the
 * rest, each group in the server's order.
 */
export function orderDepartments(departments: readonly TDepartmentSummary[], cityCode: string, countyCode: string | null): TDepartmentSummary[] {
  const rank = (d: TDepartmentSummary) => (d.regionCode === cityCode ? 0 : countyCode !== null && d.regionCode.startsWith(countyCode) ? 1 : 2);
  return departments
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i)
    .map(({ d }) => d);
}

import type { CanceledFilter, ContactStatistics, ReportDimension, StatisticsReport } from "../../contracts";
import { ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { Figures } from "../db/repositories/statistics-repository";
import type { ServiceFailure } from "../errors";
import { entryOwner } from "./interaction-queries";
import { statisticsPeriods } from "./statistics-periods";

export interface StatisticsRequest {
  templateCode?: string;
  groupCode?: string;
  /** Inclusive UTC days. */
  from?: string;
  to?: string;
  canceled?: CanceledFilter;
}

/**
 * GET /contacts/{no}/statistics: a person's figures, or a company's over every entry whose Contact Company No.
 * is the company, from the maintained buckets; the last-interaction dates read the history index.
 */
export async function contactStatistics(
  repos: Repositories,
  principal: Principal,
  contactNo: string,
  request: StatisticsRequest = {},
): Promise<Result<ContactStatistics, ServiceFailure>> {
  const tenantId = principal.tenantId;
  const owner = await entryOwner(repos, tenantId, contactNo);
  if (!owner.ok) return owner;
  const { canceled = "exclude", ...filters } = request;
  const company = "companyNo" in owner.value;
  const [figures, dates] = await Promise.all([
    repos.statistics.figures(tenantId, {
      dimension: company ? "company" : "contact",
      key: contactNo,
      periods: statisticsPeriods(request.from, request.to),
      canceled,
      ...filters,
    }),
    repos.interactions.lastDates(tenantId, { owner: owner.value, ...filters }),
  ]);
  return ok({
    contactNo,
    scope: company ? "company" : "contact",
    ...figures.totals,
    ...dates,
    byTemplate: figures.byTemplate.map(({ key, ...f }) => ({ templateCode: key, ...f })),
    byGroup: figures.byGroup.map(({ key, ...f }) => ({ groupCode: key, ...f })),
    byMonth: figures.byMonth.map(({ key, ...f }) => ({ month: key, ...f })),
  });
}

const successRate = (f: Figures): number => (f.count === 0 ? 0 : (f.count - f.failed) / f.count);

/** GET /statistics: active entries per template, group or salesperson over a date range, for managers. */
export async function statisticsReport(
  repos: Repositories,
  principal: Principal,
  by: ReportDimension,
  range: { from?: string; to?: string },
): Promise<StatisticsReport> {
  const tenantId = principal.tenantId;
  const [rows, descriptions] = await Promise.all([
    repos.statistics.report(tenantId, by, statisticsPeriods(range.from, range.to)),
    describe(repos, tenantId, by),
  ]);
  const totals = rows.reduce<Figures>(
    (sum, r) => ({
      count: sum.count + r.count,
      failed: sum.failed + r.failed,
      costLcy: sum.costLcy + r.costLcy,
      durationMin: sum.durationMin + r.durationMin,
    }),
    { count: 0, failed: 0, costLcy: 0, durationMin: 0 },
  );
  return {
    by,
    ...range,
    items: rows.map(({ key, ...f }) => {
      const description = descriptions.get(key);
      return {
        key,
        ...(description === undefined ? {} : { description }),
        ...f,
        successRate: successRate(f),
      };
    }),
    totals: { ...totals, successRate: successRate(totals) },
  };
}

async function describe(repos: Repositories, tenantId: string, by: ReportDimension) {
  if (by === "template") {
    return new Map((await repos.referenceData.templates(tenantId)).map((t) => [t.code, t.description]));
  }
  if (by === "group") {
    return new Map((await repos.referenceData.groups(tenantId)).map((g) => [g.code, g.description]));
  }
  return new Map<string, string>();
}

import type { Database } from '@planpuls/db';
import type { ChangeFeed } from './change-feed';
import type { Config } from './config';
import { activitiesServiceFactory } from './modules/activities/activities.service';
import { apiTokensServiceFactory } from './modules/api-tokens/api-tokens.service';
import { authServiceFactory } from './modules/auth/auth.service';
import { oidcServiceFactory } from './modules/auth/oidc.service';
import type { PostgresSessionStore } from './modules/auth/session-store';
import { commentsServiceFactory } from './modules/comments/comments.service';
import { dataElementsServiceFactory } from './modules/data-elements/data-elements.service';
import { dataValuesServiceFactory } from './modules/data-values/data-values.service';
import { explanationsServiceFactory } from './modules/explanations/explanations.service';
import { exportsServiceFactory } from './modules/exports/exports.service';
import { figuresServiceFactory } from './modules/figures/figures.service';
import { focusAreasServiceFactory } from './modules/focus-areas/focus-areas.service';
import { goalsServiceFactory } from './modules/goals/goals.service';
import { importsServiceFactory } from './modules/imports/imports.service';
import { indicatorValuesServiceFactory } from './modules/indicator-values/indicator-values.service';
import { indicatorsServiceFactory } from './modules/indicators/indicators.service';
import { measurabilityServiceFactory } from './modules/measurability/measurability.service';
import { planRevisionServiceFactory } from './modules/plans/plan-revision.service';
import { planWritesServiceFactory } from './modules/plans/plan-writes.service';
import { plansServiceFactory } from './modules/plans/plans.service';
import { positionsServiceFactory } from './modules/positions/positions.service';
import { professionalGroupsServiceFactory } from './modules/professional-groups/professional-groups.service';
import { progressServiceFactory } from './modules/progress/progress.service';
import { reportStatesServiceFactory } from './modules/reporting-cycles/report-states.service';
import { reportingCyclesServiceFactory } from './modules/reporting-cycles/reporting-cycles.service';
import { reviewsServiceFactory } from './modules/reviews/reviews.service';
import { seriesServiceFactory } from './modules/series/series.service';
import { targetReadsFactory, targetsServiceFactory } from './modules/targets/targets.service';
import { unitsServiceFactory } from './modules/units/units.service';
import { usersServiceFactory } from './modules/users/users.service';

export interface ServicesDeps {
  /** The app's database handle: writes carry the request's audit context (who, why). */
  db: Database;
  /** The plain handle the figures read through; their caches are this app's, shared by every route. */
  figuresDb: Database;
  config: Config;
  feed: ChangeFeed;
  sessions: PostgresSessionStore;
}

/**
 * The composition root: every service of the API built once, each given what it uses. No service builds
 * another; what a service depends on is read here. Routes take theirs from `app.services`.
 */
export function createServices({ db, figuresDb, config, feed, sessions }: ServicesDeps) {
  const figures = figuresServiceFactory({ db: figuresDb });
  const goals = goalsServiceFactory({ db, targets: targetReadsFactory({ db }) });
  const activities = activitiesServiceFactory({ db });
  const plans = plansServiceFactory({ db, goals, activities });
  const progress = progressServiceFactory({ db, figures, plans });
  const positions = positionsServiceFactory({ db, goals });
  const measurability = measurabilityServiceFactory({ db, plans });
  const reportStates = reportStatesServiceFactory({ db });
  const dataElements = dataElementsServiceFactory({ db });
  const dataValues = dataValuesServiceFactory({ db, figures, reportStates });
  const explanations = explanationsServiceFactory({ db, figures, reportStates });
  return {
    auth: authServiceFactory({ db, feed }),
    oidc: oidcServiceFactory({ db, config: config.oidc }),
    users: usersServiceFactory({ db, sessions }),
    apiTokens: apiTokensServiceFactory({ db }),
    units: unitsServiceFactory({ db }),
    professionalGroups: professionalGroupsServiceFactory({ db }),
    dataElements,
    indicators: indicatorsServiceFactory({ db, dataElements }),
    plans,
    planWrites: planWritesServiceFactory({ db, measurability }),
    planRevision: planRevisionServiceFactory({ db }),
    measurability,
    focusAreas: focusAreasServiceFactory({ db, goals }),
    goals,
    targets: targetsServiceFactory({ db, goals }),
    activities,
    figures,
    dataValues,
    imports: importsServiceFactory({ db }),
    exports: exportsServiceFactory({ db, dataValues }),
    indicatorValues: indicatorValuesServiceFactory({ figures }),
    progress,
    series: seriesServiceFactory({ db, figures, plans }),
    explanations,
    reportStates,
    reportingCycles: reportingCyclesServiceFactory({ db, figures, progress, explanations }),
    positions,
    reviews: reviewsServiceFactory({ db, progress, positions, plans, goals }),
    comments: commentsServiceFactory({ db, editMinutes: config.commentEditMinutes, reportStates }),
  };
}

export type Services = ReturnType<typeof createServices>;

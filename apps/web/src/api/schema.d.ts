/**
 * The API's paths, operations and schemas as TypeScript, generated from the served OpenAPI document by
 * apps/web/scripts/generate-api-types.ts. Do not edit: run `pnpm --filter @planpuls/web generate:api`.
 * A unit test fails when this file is not what the API serves now.
 */

export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is the service and its database up? */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with email and password; sets the session cookie */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who I am, my roles and units */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A CSRF token: send it as X-CSRF-Token with every write made with the session cookie */
        get: operations["getCsrfToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my password; my other sessions end
         * @description The new password has at least 12 characters, is not a common password or a simple pattern (auth.password_too_common) and is not made of my name or email address (auth.password_too_personal). Wrong current passwords are limited like logins: beyond them 429 with Retry-After.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether single sign-on is configured, for the login page */
        get: operations["getSsoStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start single sign-on: redirects to the provider (authorization code with PKCE) */
        get: operations["startSso"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the provider sends the browser back: starts the session and redirects to the kept path */
        get: operations["finishSso"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Administrations (förvaltningar) that report, in Swedish name order */
        get: operations["listUnits"];
        put?: never;
        /** Add an administration; parent and predecessor are unit codes */
        post: operations["createUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One administration */
        get: operations["getUnit"];
        put?: never;
        post?: never;
        /** Delete an administration nothing refers to (no values, reports, activities or sub-units) */
        delete: operations["deleteUnit"];
        options?: never;
        head?: never;
        /** Change an administration; only the fields sent change */
        patch: operations["updateUnit"];
        trace?: never;
    };
    "/api/v1/professional-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Professional groups (yrkesgrupper) values can be split by */
        get: operations["listProfessionalGroups"];
        put?: never;
        /** Add a professional group */
        post: operations["createProfessionalGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/professional-groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One professional group */
        get: operations["getProfessionalGroup"];
        put?: never;
        post?: never;
        /** Delete a professional group no value or target refers to */
        delete: operations["deleteProfessionalGroup"];
        options?: never;
        head?: never;
        /** Rename a professional group or change its code */
        patch: operations["updateProfessionalGroup"];
        trace?: never;
    };
    "/api/v1/data-elements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Raw facts HR reports, with their reporting definitions */
        get: operations["listDataElements"];
        put?: never;
        /** Add a data element HR reports */
        post: operations["createDataElement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-elements/{dataElementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One data element with its reporting definition */
        get: operations["getDataElement"];
        put?: never;
        post?: never;
        /** Delete a data element no value, formula or reporting cycle refers to */
        delete: operations["deleteDataElement"];
        options?: never;
        head?: never;
        /** Change a data element; its value type, frequency and split are fixed once values exist */
        patch: operations["updateDataElement"];
        trace?: never;
    };
    "/api/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicators with their current formula over data elements */
        get: operations["listIndicators"];
        put?: never;
        /** Add an indicator: numerator and denominator are data element codes; its formula starts at version 1 */
        post: operations["createIndicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{indicatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One indicator with its current formula */
        get: operations["getIndicator"];
        put?: never;
        post?: never;
        /** Delete an indicator no goal or activity follows, with all its formula versions */
        delete: operations["deleteIndicator"];
        options?: never;
        head?: never;
        /** Change an indicator; a changed numerator, denominator, factor or window becomes a new formula version */
        patch: operations["updateIndicator"];
        trace?: never;
    };
    "/api/v1/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Calendar periods (year, tertial, quarter, month) ordered by end date */
        get: operations["listPeriods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of every plan */
        get: operations["listPlans"];
        put?: never;
        /** Start a new plan as a draft; validFrom and validTo are period codes */
        post: operations["createPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan with its focus areas, goals, targets and activities */
        get: operations["getPlan"];
        put?: never;
        post?: never;
        /** Delete a draft plan with its focus areas, goals, targets and activities; adopted plans stay */
        delete: operations["deletePlan"];
        options?: never;
        head?: never;
        /** Change a plan’s code, name, validity or reporting frequency (not of an archived plan) */
        patch: operations["updatePlan"];
        trace?: never;
    };
    "/api/v1/plans/{planId}/adopt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adopt a draft with the date and decision; refused (409 plans.not_measurable) while the measurability check lists anything */
        post: operations["adoptPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/revise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revise an adopted plan: a new draft version copying focus areas, goals and targets, each linked to what it copies */
        post: operations["revisePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/measurability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What keeps the plan from being adopted: goals without indicator, target, baseline, deadline, owner, data source or frequency; activities without owner, due date or definition of done */
        get: operations["getPlanMeasurability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/focus-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a focus area (fokusområde) to a plan; its code is unique within the plan */
        post: operations["createFocusArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/focus-areas/{focusAreaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A focus area with its goals and their targets */
        get: operations["getFocusArea"];
        put?: never;
        post?: never;
        /** Delete a focus area without goals */
        delete: operations["deleteFocusArea"];
        options?: never;
        head?: never;
        /** Change a focus area’s code, name or position */
        patch: operations["updateFocusArea"];
        trace?: never;
    };
    "/api/v1/plans/{planId}/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a goal to a focus area of the plan; focusArea and indicator are codes */
        post: operations["createGoal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/goals/{goalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A goal with its targets */
        get: operations["getGoal"];
        put?: never;
        post?: never;
        /** Delete a goal with its targets, unless activities work toward it */
        delete: operations["deleteGoal"];
        options?: never;
        head?: never;
        /** Change a goal; null clears indicator, owner, data source or frequency */
        patch: operations["updateGoal"];
        trace?: never;
    };
    "/api/v1/goals/{goalId}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a target to a goal, with its baseline, milestones and reference values; group and periods are codes */
        post: operations["createTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/{targetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A target with its baseline, milestones and reference values */
        get: operations["getTarget"];
        put?: never;
        post?: never;
        /** Delete a target with its milestones and reference values */
        delete: operations["deleteTarget"];
        options?: never;
        head?: never;
        /** Change a target; milestones and references, when sent, replace the old ones */
        patch: operations["updateTarget"];
        trace?: never;
    };
    "/api/v1/plans/{planId}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an activity to a plan; goal and unit are codes */
        post: operations["createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{activityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One activity */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        /** Delete an activity */
        delete: operations["deleteActivity"];
        options?: never;
        head?: never;
        /** Change an activity, e.g. its status; the start date must not be after the due date */
        patch: operations["updateActivity"];
        trace?: never;
    };
    "/api/v1/data-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entered values with their reporting state and version, filtered by codes and paged */
        get: operations["listDataValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-values/{dataElementCode}/{unitCode}/{periodCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create a value, or change it with If-Match: its ETag (428 without, 412 when stale) */
        put: operations["putDataValue"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import values from a CSV or XLSX file, one row per value; all rows or none
         * @description Columns (header names in English or Swedish, any case): data_element/uppgift, unit/enhet, group/yrkesgrupp (empty for elements not split by group), period, value/värde, note/kommentar (optional: without the column, stored notes are kept). Every row is checked like a single PUT, including that the user may write for its unit. With dryRun=true nothing is written and the answer says what would be. Otherwise an invalid row refuses the whole file (400 imports.invalid_rows, the summary in error.details[0]); a valid file is written in one transaction, rows equal to the stored value and note left untouched. Row problems are in Swedish, paged (errorsPage, errorsLimit per page; send the file again for another page) with totals per code. Progress: a client shows its upload progress; the server answers when all rows are checked and written. Files over 20 MB get 413, as do workbooks that unpack to too much (imports.uncompressed_too_large) or hold too much text (imports.too_many_strings), and files that take longer than 120 s to read and check (imports.took_too_long). At most 2 imports run at once; beyond that 503 imports.busy with Retry-After. The file is received in full before the import starts.
         */
        post: operations["importDataValues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-cycles/{cycleId}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The import file a unit fills in for a reporting cycle: exactly the rows expected, stored values filled in
         * @description Columns uppgift, benämning, enhet, yrkesgrupp, period, värde, kommentar. One row per element of the cycle's data set × professional group (for elements split by group) × period of the element’s frequency ending within the cycle’s period. Stored values and notes are filled in: upload the file again and only what was edited changes. CSV is Swedish Excel style by default; dialect=plain gives `,` and decimal points. Only for units the caller may write.
         */
        get: operations["getImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/data-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A plan’s, a cycle’s or a unit’s values as a CSV or XLSX file
         * @description The values GET /data-values gives the caller (same units, same hidden small numbers), one row each: uppgift, enhet, yrkesgrupp, period, värde, kommentar, status, dold, version, ändrad. The first six are the import's columns, so the file can be edited and imported again. CSV is Swedish Excel style by default (UTF-8 with BOM, `;`, decimal comma); dialect=plain gives `,` and decimal points. In CSV, text that a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe; in XLSX every cell is typed, so such text is a text cell as written. Numbers stay numbers.
         */
        get: operations["exportDataValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{indicatorCode}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Computed values with numerator and denominator: per unit, and rolled up for the municipality (Σ/Σ) */
        get: operations["getIndicatorValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per goal and target: the checkpoint in force, the municipality figure with completeness, and each unit judged */
        get: operations["getPlanProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reporting cycles with their data sets and how many reports are in each state; filter by plan and period */
        get: operations["listReportingCycles"];
        put?: never;
        /** Open a cycle for a plan and period: the deadline moves to the next Swedish working day; every unit gets an open report */
        post: operations["createReportingCycle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-cycles/{cycleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One reporting cycle */
        get: operations["getReportingCycle"];
        put?: never;
        post?: never;
        /** Delete a cycle; refused (409) once any unit has submitted or the review is closed */
        delete: operations["deleteReportingCycle"];
        options?: never;
        head?: never;
        /** Change the dates, reminders, change limit or data set of a cycle; the data set is frozen (409) once any unit has submitted or the review is closed */
        patch: operations["updateReportingCycle"];
        trace?: never;
    };
    "/api/v1/reporting-cycles/{cycleId}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each unit’s report in the cycle (only the caller’s units): state, flags, broken rules, figures to explain */
        get: operations["listUnitReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-cycles/{cycleId}/reports/{unitCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One unit’s report in the cycle */
        get: operations["getUnitReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-cycles/{cycleId}/reports/{unitCode}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit an open or returned report; refused (409) while a broken rule or a figure needing an explanation is unexplained */
        post: operations["submitUnitReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-cycles/{cycleId}/reports/{unitCode}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a submitted report */
        post: operations["approveUnitReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-cycles/{cycleId}/reports/{unitCode}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return a submitted report to the unit with a comment; it is then open for HR again */
        post: operations["returnUnitReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/explanations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Explanations of figures that missed their target or moved much, by indicator, unit, group and period codes */
        get: operations["listExplanations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/explanations/{indicatorCode}/{unitCode}/{periodCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Explain a unit’s figure for a period (?group= for one professional group); replaces an earlier explanation. Read-only for HR once the unit’s report is submitted; a change to an approved or closed one needs a reason and flags the report (409) */
        put: operations["putExplanation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/goals/{goalId}/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Union reference groups' positions on a goal, with answers and signatures (active ones unless history=true) */
        get: operations["listGoalPositions"];
        put?: never;
        /** Record the caller's reference group's position on a goal for a review cycle */
        post: operations["createPosition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/positions/{positionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One position with its answer and signatures */
        get: operations["getPosition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an unanswered position while the review is open; a changed text resets the confirmations */
        patch: operations["updatePosition"];
        trace?: never;
    };
    "/api/v1/positions/{positionId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a position while the review is open */
        post: operations["withdrawPosition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/positions/{positionId}/restate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restate an answered position: a new position supersedes it (and needs its own answer) */
        post: operations["restatePosition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/positions/{positionId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A listed signatory confirms the position with their own login */
        post: operations["confirmPosition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/positions/{positionId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The steering group's answer to a position (every reservation needs one before the review closes) */
        put: operations["answerPosition"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-cycles/{cycleId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review board of a cycle: per goal and target the computed status and assessment, positions with answers, activities */
        get: operations["getReviewBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-cycles/{cycleId}/review/goals/{goalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assess a goal in the review: status (a different one than computed only with a reason), assessment, decisions */
        put: operations["assessGoal"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-cycles/{cycleId}/review/goals/{goalId}/targets/{targetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assess one target of a goal in the review (a different status than computed only with a reason) */
        put: operations["assessTarget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-cycles/{cycleId}/review/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the review and lock the cycle; refused while any reservation lacks an answer */
        post: operations["closeReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/goals/{goalId}/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A goal’s figures over time per target, for the municipality and the asked units: figure, status, checkpoint in force, suppression */
        get: operations["getGoalSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API tokens of systems, without their secrets */
        get: operations["listApiTokens"];
        put?: never;
        /** Create a token that writes the values of some units; the secret is shown once */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token; it stops working at once */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first, filtered by object, actor, action and time */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/{entityType}/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The history of one object (e.g. data_values/<id>): who, when, before, after, why */
        get: operations["getObjectHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users of the municipality in Swedish name order, with their roles; filter by current role, unit or disabled */
        get: operations["listUsers"];
        put?: never;
        /** Add a user; without a password they log in with single sign-on (or once an administrator sets one) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user with every role grant, expired ones included */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user; only the fields sent change. Disabling ends every session of the user at once */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{userId}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a user's password; the user's sessions end */
        post: operations["setUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's role grants, expired ones included (active: false) */
        get: operations["listUserRoles"];
        put?: never;
        /** Grant a role, limited to units for HR and a local union reference group, possibly until a time (a deputy) */
        post: operations["grantUserRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{roleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a role grant; it stops counting at the next request of its holder */
        delete: operations["revokeUserRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Comment threads on one goal, target, activity (ids) or figure (indicator, unit, group, period codes), with replies */
        get: operations["listComments"];
        put?: never;
        /** Open a thread on a subject, or reply with threadId; mention users by id or @email; answers the thread */
        post: operations["createComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change one’s own comment within the edit window (409 after); the earlier text is kept as a revision */
        patch: operations["updateComment"];
        trace?: never;
    };
    "/api/v1/comments/mentionable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People of one’s municipality to mention, by part of their name or email (at most 20) */
        get: operations["listMentionableUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{commentId}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The earlier texts of an edited comment, oldest first */
        get: operations["listCommentRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{commentId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the thread of a comment resolved (its author, the steering group or an administrator) */
        post: operations["resolveCommentThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{commentId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen the resolved thread of a comment (its author, the steering group or an administrator) */
        post: operations["reopenCommentThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My inbox: unread first, newest first, with the number unread */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my messages read */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my messages read */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The email outbox, newest first: sent, waiting, or — without SMTP — kept here to read */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/overdue-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units whose report is past its deadline and not submitted, most overdue first; HR and unions see their own units */
        get: operations["listOverdueReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Error */
        Error: {
            error: {
                /** @example data_values.version_conflict */
                code: string;
                message: string;
                details?: ({
                    field?: string;
                    message: string;
                } & {
                    [key: string]: unknown;
                })[];
            };
            requestId: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: "ok" | "degraded";
                        database: "ok" | "unavailable";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: "ok" | "degraded";
                        database: "ok" | "unavailable";
                    };
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                    municipality?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            email: string;
                            displayName: string;
                            municipality: string;
                        };
                        roles: {
                            role: "admin" | "steering" | "hr" | "union" | "viewer";
                            /** @description Whether the role reaches every unit; when false it reaches only `units` (none when empty) */
                            allUnits: boolean;
                            /** @description Units the role is limited to when it does not reach every unit */
                            units: string[];
                            validUntil: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            email: string;
                            displayName: string;
                            municipality: string;
                        };
                        roles: {
                            role: "admin" | "steering" | "hr" | "union" | "viewer";
                            /** @description Whether the role reaches every unit; when false it reaches only `units` (none when empty) */
                            allUnits: boolean;
                            /** @description Units the role is limited to when it does not reach every unit */
                            units: string[];
                            validUntil: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCsrfToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    /** @description At least 12 characters */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSsoStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Whether the login page offers single sign-on */
                        enabled: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startSso: {
        parameters: {
            query?: {
                /** @description A path of this app to land on after login; anything else means / */
                redirect?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect (see the Location header) */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    finishSso: {
        parameters: {
            query?: {
                code?: string;
                state?: string;
                iss?: string;
                error?: string;
                error_description?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect (see the Location header) */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUnits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            name: string;
                            kind: "central" | "district";
                            parent: string | null;
                            validFrom: string | null;
                            validTo: string | null;
                            predecessor: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    kind: "central" | "district";
                    parent?: string | null;
                    validFrom?: string | null;
                    validTo?: string | null;
                    predecessor?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                        kind: "central" | "district";
                        parent: string | null;
                        validFrom: string | null;
                        validTo: string | null;
                        predecessor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the thing */
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                        kind: "central" | "district";
                        parent: string | null;
                        validFrom: string | null;
                        validTo: string | null;
                        predecessor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                unitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                unitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    name?: string;
                    kind?: "central" | "district";
                    parent?: string | null;
                    validFrom?: string | null;
                    validTo?: string | null;
                    predecessor?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                        kind: "central" | "district";
                        parent: string | null;
                        validFrom: string | null;
                        validTo: string | null;
                        predecessor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProfessionalGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProfessionalGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProfessionalGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the thing */
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProfessionalGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProfessionalGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDataElements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            name: string;
                            /** @description Reporting instruction shown where values are entered */
                            definition: string;
                            valueType: "integer" | "decimal";
                            timeAggregation: "sum" | "average" | "last";
                            frequency: "year" | "tertial" | "quarter" | "month";
                            disaggregation: "professional_group" | "none";
                            min: number | null;
                            max: number | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createDataElement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    /** @description Reporting instruction shown where values are entered */
                    definition: string;
                    valueType: "integer" | "decimal";
                    timeAggregation: "sum" | "average" | "last";
                    frequency: "year" | "tertial" | "quarter" | "month";
                    disaggregation: "professional_group" | "none";
                    min?: number | null;
                    max?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                        /** @description Reporting instruction shown where values are entered */
                        definition: string;
                        valueType: "integer" | "decimal";
                        timeAggregation: "sum" | "average" | "last";
                        frequency: "year" | "tertial" | "quarter" | "month";
                        disaggregation: "professional_group" | "none";
                        min: number | null;
                        max: number | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDataElement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the thing */
                dataElementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                        /** @description Reporting instruction shown where values are entered */
                        definition: string;
                        valueType: "integer" | "decimal";
                        timeAggregation: "sum" | "average" | "last";
                        frequency: "year" | "tertial" | "quarter" | "month";
                        disaggregation: "professional_group" | "none";
                        min: number | null;
                        max: number | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteDataElement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                dataElementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateDataElement: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                dataElementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    name?: string;
                    /** @description Reporting instruction shown where values are entered */
                    definition?: string;
                    valueType?: "integer" | "decimal";
                    timeAggregation?: "sum" | "average" | "last";
                    frequency?: "year" | "tertial" | "quarter" | "month";
                    disaggregation?: "professional_group" | "none";
                    min?: number | null;
                    max?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                        /** @description Reporting instruction shown where values are entered */
                        definition: string;
                        valueType: "integer" | "decimal";
                        timeAggregation: "sum" | "average" | "last";
                        frequency: "year" | "tertial" | "quarter" | "month";
                        disaggregation: "professional_group" | "none";
                        min: number | null;
                        max: number | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listIndicators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            name: string;
                            kind: "share" | "ratio" | "count";
                            unitOfMeasure: string;
                            decimals: number;
                            source: string;
                            formula: {
                                version: number;
                                /** @description Data elements summed into the numerator */
                                numerator: string[];
                                denominator: string | null;
                                factor: number;
                                window: "none" | "rolling_12_months";
                            };
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createIndicator: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    /** @description share and ratio divide by a denominator; count has none */
                    kind: "share" | "ratio" | "count";
                    unitOfMeasure: string;
                    decimals: number;
                    source: string;
                    /** @description Data element codes summed into the numerator */
                    numerator: string[];
                    denominator?: string | null;
                    /** @description 100 for percentages */
                    factor: number;
                    window: "none" | "rolling_12_months";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                        kind: "share" | "ratio" | "count";
                        unitOfMeasure: string;
                        decimals: number;
                        source: string;
                        formula: {
                            version: number;
                            /** @description Data elements summed into the numerator */
                            numerator: string[];
                            denominator: string | null;
                            factor: number;
                            window: "none" | "rolling_12_months";
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the thing */
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                        kind: "share" | "ratio" | "count";
                        unitOfMeasure: string;
                        decimals: number;
                        source: string;
                        formula: {
                            version: number;
                            /** @description Data elements summed into the numerator */
                            numerator: string[];
                            denominator: string | null;
                            factor: number;
                            window: "none" | "rolling_12_months";
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteIndicator: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateIndicator: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    name?: string;
                    /** @description share and ratio divide by a denominator; count has none */
                    kind?: "share" | "ratio" | "count";
                    unitOfMeasure?: string;
                    decimals?: number;
                    source?: string;
                    /** @description Data element codes summed into the numerator */
                    numerator?: string[];
                    denominator?: string | null;
                    /** @description 100 for percentages */
                    factor?: number;
                    window?: "none" | "rolling_12_months";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                        kind: "share" | "ratio" | "count";
                        unitOfMeasure: string;
                        decimals: number;
                        source: string;
                        formula: {
                            version: number;
                            /** @description Data elements summed into the numerator */
                            numerator: string[];
                            denominator: string | null;
                            factor: number;
                            window: "none" | "rolling_12_months";
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPeriods: {
        parameters: {
            query?: {
                kind?: "year" | "tertial" | "quarter" | "month";
                fromYear?: number;
                toYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            code: string;
                            kind: "year" | "tertial" | "quarter" | "month";
                            year: number;
                            number: number;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD
                             */
                            startDate: string;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD
                             */
                            endDate: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            version: number;
                            name: string;
                            status: "draft" | "adopted" | "archived";
                            validFrom: string | null;
                            validTo: string | null;
                            reportingFrequency: ("year" | "tertial" | "quarter" | "month") | null;
                            adoptedOn: string | null;
                            adoptionDecision: string | null;
                            previousVersionId: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    validFrom?: string | null;
                    validTo?: string | null;
                    reportingFrequency?: ("year" | "tertial" | "quarter" | "month") | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        version: number;
                        name: string;
                        status: "draft" | "adopted" | "archived";
                        validFrom: string | null;
                        validTo: string | null;
                        reportingFrequency: ("year" | "tertial" | "quarter" | "month") | null;
                        adoptedOn: string | null;
                        adoptionDecision: string | null;
                        previousVersionId: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Plan UUID, or its code for the latest version */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        version: number;
                        name: string;
                        status: "draft" | "adopted" | "archived";
                        validFrom: string | null;
                        validTo: string | null;
                        reportingFrequency: ("year" | "tertial" | "quarter" | "month") | null;
                        adoptedOn: string | null;
                        adoptionDecision: string | null;
                        previousVersionId: string | null;
                        focusAreas: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            name: string;
                            goals: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                code: string;
                                name: string;
                                indicator: string | null;
                                owner: string | null;
                                dataSource: string | null;
                                frequency: ("year" | "tertial" | "quarter" | "month") | null;
                                targets: {
                                    /**
                                     * Format: uuid
                                     * @description UUID of the thing
                                     */
                                    id: string;
                                    kind: "range" | "at_most" | "at_least" | "exact";
                                    level: "unit" | "city";
                                    group: string | null;
                                    value: number | null;
                                    min: number | null;
                                    max: number | null;
                                    deadline: string | null;
                                    baseline: ({
                                        /** @enum {string} */
                                        kind: "fixed";
                                        value: number;
                                        period: string | null;
                                        source: string | null;
                                        note: string | null;
                                    } | {
                                        /** @enum {string} */
                                        kind: "from_data";
                                        /**
                                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                         * @example 2025-T2
                                         */
                                        period: string;
                                    }) | null;
                                    tolerance: number | null;
                                    milestones: {
                                        /**
                                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                         * @example 2025-T2
                                         */
                                        period: string;
                                        value: number;
                                    }[];
                                    references: {
                                        label: string;
                                        value: number;
                                        period: string | null;
                                        source: string | null;
                                    }[];
                                }[];
                            }[];
                        }[];
                        activities: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            name: string;
                            goal: string | null;
                            unit: string | null;
                            owner: string | null;
                            startDate: string | null;
                            dueDate: string | null;
                            definitionOfDone: string | null;
                            status: "not_started" | "ongoing" | "done" | "delayed" | "cancelled";
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description Plan UUID, or its code for the latest version */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description Plan UUID, or its code for the latest version */
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    name?: string;
                    validFrom?: string | null;
                    validTo?: string | null;
                    reportingFrequency?: ("year" | "tertial" | "quarter" | "month") | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        version: number;
                        name: string;
                        status: "draft" | "adopted" | "archived";
                        validFrom: string | null;
                        validTo: string | null;
                        reportingFrequency: ("year" | "tertial" | "quarter" | "month") | null;
                        adoptedOn: string | null;
                        adoptionDecision: string | null;
                        previousVersionId: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    adoptPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description Plan UUID, or its code for the latest version */
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD
                     */
                    adoptedOn: string;
                    /** @description The committee decision adopting the plan, e.g. "Socialnämnden 2024-02-20 § 12" */
                    decision: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        version: number;
                        name: string;
                        status: "draft" | "adopted" | "archived";
                        validFrom: string | null;
                        validTo: string | null;
                        reportingFrequency: ("year" | "tertial" | "quarter" | "month") | null;
                        adoptedOn: string | null;
                        adoptionDecision: string | null;
                        previousVersionId: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revisePlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description Plan UUID, or its code for the latest version */
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    name?: string;
                    validFrom?: string | null;
                    validTo?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        version: number;
                        name: string;
                        status: "draft" | "adopted" | "archived";
                        validFrom: string | null;
                        validTo: string | null;
                        reportingFrequency: ("year" | "tertial" | "quarter" | "month") | null;
                        adoptedOn: string | null;
                        adoptionDecision: string | null;
                        previousVersionId: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlanMeasurability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Plan UUID, or its code for the latest version */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        planId: string;
                        /** @description True when nothing is missing and the plan may be adopted */
                        measurable: boolean;
                        problems: {
                            code: "plan.missing_goals" | "goal.missing_indicator" | "goal.missing_target" | "goal.missing_owner" | "goal.missing_data_source" | "goal.missing_frequency" | "target.missing_baseline" | "target.missing_deadline" | "activity.missing_owner" | "activity.missing_due_date" | "activity.missing_definition_of_done";
                            message: string;
                            goal?: string;
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            target?: string;
                            group?: string | null;
                            activity?: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createFocusArea: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description Plan UUID, or its code for the latest version */
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    /** @description Order among its siblings */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                        goals: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            name: string;
                            indicator: string | null;
                            owner: string | null;
                            dataSource: string | null;
                            frequency: ("year" | "tertial" | "quarter" | "month") | null;
                            targets: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                kind: "range" | "at_most" | "at_least" | "exact";
                                level: "unit" | "city";
                                group: string | null;
                                value: number | null;
                                min: number | null;
                                max: number | null;
                                deadline: string | null;
                                baseline: ({
                                    /** @enum {string} */
                                    kind: "fixed";
                                    value: number;
                                    period: string | null;
                                    source: string | null;
                                    note: string | null;
                                } | {
                                    /** @enum {string} */
                                    kind: "from_data";
                                    /**
                                     * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                     * @example 2025-T2
                                     */
                                    period: string;
                                }) | null;
                                tolerance: number | null;
                                milestones: {
                                    /**
                                     * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                     * @example 2025-T2
                                     */
                                    period: string;
                                    value: number;
                                }[];
                                references: {
                                    label: string;
                                    value: number;
                                    period: string | null;
                                    source: string | null;
                                }[];
                            }[];
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        planId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFocusArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the thing */
                focusAreaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                        goals: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            name: string;
                            indicator: string | null;
                            owner: string | null;
                            dataSource: string | null;
                            frequency: ("year" | "tertial" | "quarter" | "month") | null;
                            targets: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                kind: "range" | "at_most" | "at_least" | "exact";
                                level: "unit" | "city";
                                group: string | null;
                                value: number | null;
                                min: number | null;
                                max: number | null;
                                deadline: string | null;
                                baseline: ({
                                    /** @enum {string} */
                                    kind: "fixed";
                                    value: number;
                                    period: string | null;
                                    source: string | null;
                                    note: string | null;
                                } | {
                                    /** @enum {string} */
                                    kind: "from_data";
                                    /**
                                     * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                     * @example 2025-T2
                                     */
                                    period: string;
                                }) | null;
                                tolerance: number | null;
                                milestones: {
                                    /**
                                     * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                     * @example 2025-T2
                                     */
                                    period: string;
                                    value: number;
                                }[];
                                references: {
                                    label: string;
                                    value: number;
                                    period: string | null;
                                    source: string | null;
                                }[];
                            }[];
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        planId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteFocusArea: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                focusAreaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateFocusArea: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                focusAreaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    name?: string;
                    /** @description Order among its siblings */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                        goals: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            name: string;
                            indicator: string | null;
                            owner: string | null;
                            dataSource: string | null;
                            frequency: ("year" | "tertial" | "quarter" | "month") | null;
                            targets: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                kind: "range" | "at_most" | "at_least" | "exact";
                                level: "unit" | "city";
                                group: string | null;
                                value: number | null;
                                min: number | null;
                                max: number | null;
                                deadline: string | null;
                                baseline: ({
                                    /** @enum {string} */
                                    kind: "fixed";
                                    value: number;
                                    period: string | null;
                                    source: string | null;
                                    note: string | null;
                                } | {
                                    /** @enum {string} */
                                    kind: "from_data";
                                    /**
                                     * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                     * @example 2025-T2
                                     */
                                    period: string;
                                }) | null;
                                tolerance: number | null;
                                milestones: {
                                    /**
                                     * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                     * @example 2025-T2
                                     */
                                    period: string;
                                    value: number;
                                }[];
                                references: {
                                    label: string;
                                    value: number;
                                    period: string | null;
                                    source: string | null;
                                }[];
                            }[];
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        planId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createGoal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description Plan UUID, or its code for the latest version */
                planId: string;
            };
            cookie?: never;
        };
        /** @description focusArea and indicator are codes: focus area "2" of the plan, indicator "turnover_total" */
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    focusArea: string;
                    indicator?: string | null;
                    owner?: string | null;
                    dataSource?: string | null;
                    frequency?: ("year" | "tertial" | "quarter" | "month") | null;
                    /** @description Order among its siblings */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                        indicator: string | null;
                        owner: string | null;
                        dataSource: string | null;
                        frequency: ("year" | "tertial" | "quarter" | "month") | null;
                        targets: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            kind: "range" | "at_most" | "at_least" | "exact";
                            level: "unit" | "city";
                            group: string | null;
                            value: number | null;
                            min: number | null;
                            max: number | null;
                            deadline: string | null;
                            baseline: ({
                                /** @enum {string} */
                                kind: "fixed";
                                value: number;
                                period: string | null;
                                source: string | null;
                                note: string | null;
                            } | {
                                /** @enum {string} */
                                kind: "from_data";
                                /**
                                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                 * @example 2025-T2
                                 */
                                period: string;
                            }) | null;
                            tolerance: number | null;
                            milestones: {
                                /**
                                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                 * @example 2025-T2
                                 */
                                period: string;
                                value: number;
                            }[];
                            references: {
                                label: string;
                                value: number;
                                period: string | null;
                                source: string | null;
                            }[];
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        planId: string;
                        focusArea: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGoal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the thing */
                goalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                        indicator: string | null;
                        owner: string | null;
                        dataSource: string | null;
                        frequency: ("year" | "tertial" | "quarter" | "month") | null;
                        targets: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            kind: "range" | "at_most" | "at_least" | "exact";
                            level: "unit" | "city";
                            group: string | null;
                            value: number | null;
                            min: number | null;
                            max: number | null;
                            deadline: string | null;
                            baseline: ({
                                /** @enum {string} */
                                kind: "fixed";
                                value: number;
                                period: string | null;
                                source: string | null;
                                note: string | null;
                            } | {
                                /** @enum {string} */
                                kind: "from_data";
                                /**
                                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                 * @example 2025-T2
                                 */
                                period: string;
                            }) | null;
                            tolerance: number | null;
                            milestones: {
                                /**
                                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                 * @example 2025-T2
                                 */
                                period: string;
                                value: number;
                            }[];
                            references: {
                                label: string;
                                value: number;
                                period: string | null;
                                source: string | null;
                            }[];
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        planId: string;
                        focusArea: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteGoal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                goalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateGoal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                goalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    name?: string;
                    focusArea?: string;
                    indicator?: string | null;
                    owner?: string | null;
                    dataSource?: string | null;
                    frequency?: ("year" | "tertial" | "quarter" | "month") | null;
                    /** @description Order among its siblings */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                        indicator: string | null;
                        owner: string | null;
                        dataSource: string | null;
                        frequency: ("year" | "tertial" | "quarter" | "month") | null;
                        targets: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            kind: "range" | "at_most" | "at_least" | "exact";
                            level: "unit" | "city";
                            group: string | null;
                            value: number | null;
                            min: number | null;
                            max: number | null;
                            deadline: string | null;
                            baseline: ({
                                /** @enum {string} */
                                kind: "fixed";
                                value: number;
                                period: string | null;
                                source: string | null;
                                note: string | null;
                            } | {
                                /** @enum {string} */
                                kind: "from_data";
                                /**
                                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                 * @example 2025-T2
                                 */
                                period: string;
                            }) | null;
                            tolerance: number | null;
                            milestones: {
                                /**
                                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                 * @example 2025-T2
                                 */
                                period: string;
                                value: number;
                            }[];
                            references: {
                                label: string;
                                value: number;
                                period: string | null;
                                source: string | null;
                            }[];
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        planId: string;
                        focusArea: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                goalId: string;
            };
            cookie?: never;
        };
        /** @description group and periods are codes: group "SOC", deadline "2026-T3" */
        requestBody: {
            content: {
                "application/json": {
                    kind: "range" | "at_most" | "at_least" | "exact";
                    level: "unit" | "city";
                    group?: string | null;
                    value?: number | null;
                    min?: number | null;
                    max?: number | null;
                    deadline?: string | null;
                    baseline?: ({
                        /** @enum {string} */
                        kind: "fixed";
                        value: number;
                        period?: string | null;
                        source?: string | null;
                        note?: string | null;
                    } | {
                        /** @enum {string} */
                        kind: "from_data";
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                    }) | null;
                    tolerance?: number | null;
                    /** @description Replaces all milestones */
                    milestones?: {
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                        value: number;
                    }[];
                    /** @description Replaces all reference values */
                    references?: {
                        label: string;
                        value: number;
                        period?: string | null;
                        source?: string | null;
                    }[];
                    /** @description Order among its siblings */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        kind: "range" | "at_most" | "at_least" | "exact";
                        level: "unit" | "city";
                        group: string | null;
                        value: number | null;
                        min: number | null;
                        max: number | null;
                        deadline: string | null;
                        baseline: ({
                            /** @enum {string} */
                            kind: "fixed";
                            value: number;
                            period: string | null;
                            source: string | null;
                            note: string | null;
                        } | {
                            /** @enum {string} */
                            kind: "from_data";
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            period: string;
                        }) | null;
                        tolerance: number | null;
                        milestones: {
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            period: string;
                            value: number;
                        }[];
                        references: {
                            label: string;
                            value: number;
                            period: string | null;
                            source: string | null;
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        goalId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the thing */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        kind: "range" | "at_most" | "at_least" | "exact";
                        level: "unit" | "city";
                        group: string | null;
                        value: number | null;
                        min: number | null;
                        max: number | null;
                        deadline: string | null;
                        baseline: ({
                            /** @enum {string} */
                            kind: "fixed";
                            value: number;
                            period: string | null;
                            source: string | null;
                            note: string | null;
                        } | {
                            /** @enum {string} */
                            kind: "from_data";
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            period: string;
                        }) | null;
                        tolerance: number | null;
                        milestones: {
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            period: string;
                            value: number;
                        }[];
                        references: {
                            label: string;
                            value: number;
                            period: string | null;
                            source: string | null;
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        goalId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kind?: "range" | "at_most" | "at_least" | "exact";
                    level?: "unit" | "city";
                    group?: string | null;
                    value?: number | null;
                    min?: number | null;
                    max?: number | null;
                    deadline?: string | null;
                    baseline?: ({
                        /** @enum {string} */
                        kind: "fixed";
                        value: number;
                        period?: string | null;
                        source?: string | null;
                        note?: string | null;
                    } | {
                        /** @enum {string} */
                        kind: "from_data";
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                    }) | null;
                    tolerance?: number | null;
                    /** @description Replaces all milestones */
                    milestones?: {
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                        value: number;
                    }[];
                    /** @description Replaces all reference values */
                    references?: {
                        label: string;
                        value: number;
                        period?: string | null;
                        source?: string | null;
                    }[];
                    /** @description Order among its siblings */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        kind: "range" | "at_most" | "at_least" | "exact";
                        level: "unit" | "city";
                        group: string | null;
                        value: number | null;
                        min: number | null;
                        max: number | null;
                        deadline: string | null;
                        baseline: ({
                            /** @enum {string} */
                            kind: "fixed";
                            value: number;
                            period: string | null;
                            source: string | null;
                            note: string | null;
                        } | {
                            /** @enum {string} */
                            kind: "from_data";
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            period: string;
                        }) | null;
                        tolerance: number | null;
                        milestones: {
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            period: string;
                            value: number;
                        }[];
                        references: {
                            label: string;
                            value: number;
                            period: string | null;
                            source: string | null;
                        }[];
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        goalId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description Plan UUID, or its code for the latest version */
                planId: string;
            };
            cookie?: never;
        };
        /** @description goal and unit are codes: goal "2.1" of the same plan, unit "FARSTA" */
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    goal?: string | null;
                    unit?: string | null;
                    owner?: string | null;
                    startDate?: string | null;
                    dueDate?: string | null;
                    definitionOfDone?: string | null;
                    status?: "not_started" | "ongoing" | "done" | "delayed" | "cancelled";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                        goal: string | null;
                        unit: string | null;
                        owner: string | null;
                        startDate: string | null;
                        dueDate: string | null;
                        definitionOfDone: string | null;
                        status: "not_started" | "ongoing" | "done" | "delayed" | "cancelled";
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        planId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the thing */
                activityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                        goal: string | null;
                        unit: string | null;
                        owner: string | null;
                        startDate: string | null;
                        dueDate: string | null;
                        definitionOfDone: string | null;
                        status: "not_started" | "ongoing" | "done" | "delayed" | "cancelled";
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        planId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                activityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                activityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    name?: string;
                    goal?: string | null;
                    unit?: string | null;
                    owner?: string | null;
                    startDate?: string | null;
                    dueDate?: string | null;
                    definitionOfDone?: string | null;
                    status?: "not_started" | "ongoing" | "done" | "delayed" | "cancelled";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        code: string;
                        name: string;
                        goal: string | null;
                        unit: string | null;
                        owner: string | null;
                        startDate: string | null;
                        dueDate: string | null;
                        definitionOfDone: string | null;
                        status: "not_started" | "ongoing" | "done" | "delayed" | "cancelled";
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        planId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDataValues: {
        parameters: {
            query: {
                dataElement?: string;
                unit?: string;
                group?: string;
                /**
                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                 * @example 2025-T2
                 */
                period?: string;
                page: number;
                pageSize: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            dataElement: string;
                            unit: string;
                            group: string | null;
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            period: string;
                            value: number | null;
                            /** @description A count of fewer than five people, hidden from readers without HR rights for the unit */
                            suppressed: boolean;
                            note: string | null;
                            /** @description Send as If-Match ("<version>") to change the value */
                            version: number;
                            state: "open" | "submitted" | "approved" | "returned";
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        page: number;
                        pageSize: number;
                        /** @description Values matching the filters, over all pages */
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putDataValue: {
        parameters: {
            query?: {
                group?: string;
            };
            header?: {
                /** @description The ETag of the value being changed */
                "if-match"?: string;
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                dataElementCode: string;
                unitCode: string;
                /**
                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                 * @example 2025-T2
                 */
                periodCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    value: number;
                    note?: string | null;
                    /** @description Why the value is entered or changed */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        dataElement: string;
                        unit: string;
                        group: string | null;
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                        value: number | null;
                        /** @description A count of fewer than five people, hidden from readers without HR rights for the unit */
                        suppressed: boolean;
                        note: string | null;
                        /** @description Send as If-Match ("<version>") to change the value */
                        version: number;
                        state: "open" | "submitted" | "approved" | "returned";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        dataElement: string;
                        unit: string;
                        group: string | null;
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                        value: number | null;
                        /** @description A count of fewer than five people, hidden from readers without HR rights for the unit */
                        suppressed: boolean;
                        note: string | null;
                        /** @description Send as If-Match ("<version>") to change the value */
                        version: number;
                        state: "open" | "submitted" | "approved" | "returned";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importDataValues: {
        parameters: {
            query: {
                /** @description Check every row and report what would change, without writing anything */
                dryRun: boolean;
                /** @description The page size of the listed row errors, in file order */
                errorsLimit: number;
                /** @description Which page of row errors to list. The server keeps no file: to see page 2, send the same file again with errorsPage=2 */
                errorsPage: number;
                /** @description Why the values are imported or changed; kept in the history of each change */
                reason?: string;
            };
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": unknown;
                "application/csv": unknown;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                "multipart/form-data": {
                    file?: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        /** @description Data rows in the file (blank rows are not counted) */
                        rows: number;
                        valid: number;
                        /** @description Rows with at least one error */
                        invalid: number;
                        /** @description Valid rows that add a value (after a real import: added) */
                        toCreate: number;
                        /** @description Valid rows that change a stored value or note; its version goes up by one (after a real import: changed) */
                        toUpdate: number;
                        /** @description Valid rows equal to the stored value and note; left untouched */
                        unchanged: number;
                        /** @description One page of errors (errorsPage, errorsLimit per page), in file order */
                        errors: {
                            /** @description The spreadsheet row number − 1: with the header on the first line, the 1-based data row */
                            row: number;
                            /** @description null when the problem is the row as a whole (a duplicate, extra fields) */
                            column: ("data_element" | "unit" | "group" | "period" | "value" | "note") | null;
                            /** @enum {unknown} */
                            code: "imports.required" | "imports.unknown_data_element" | "imports.unknown_unit" | "imports.unit_forbidden" | "imports.unknown_group" | "imports.invalid_period" | "imports.period_out_of_range" | "imports.wrong_frequency" | "imports.group_required" | "imports.group_not_allowed" | "imports.invalid_number" | "imports.not_integer" | "imports.out_of_range" | "imports.note_too_long" | "imports.note_invalid_character" | "imports.duplicate_row" | "imports.not_in_data_set" | "imports.too_many_fields";
                            /** @description What is wrong and how to put it right, in Swedish */
                            message: string;
                        }[];
                        /** @description All errors in the file */
                        errorsTotal: number;
                        errorsPage: number;
                        errorsPageSize: number;
                        /** @description How many errors of each code the whole file has, e.g. {"imports.unknown_unit": 312} */
                        errorsByCode: {
                            [key: string]: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getImportTemplate: {
        parameters: {
            query: {
                unit: string;
                format: "csv" | "xlsx";
                dialect: "swedish" | "plain";
            };
            header?: never;
            path: {
                /** @description UUID of the thing */
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template, as a file to save */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportDataValues: {
        parameters: {
            query: {
                plan?: string;
                /** @description UUID of the thing */
                cycle?: string;
                unit?: string;
                /**
                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                 * @example 2025-T2
                 */
                period?: string;
                format: "csv" | "xlsx";
                dialect: "swedish" | "plain";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The values, as a file to save */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIndicatorValues: {
        parameters: {
            query: {
                /**
                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                 * @example 2025-T2
                 */
                period: string;
                unit?: string;
                group?: string;
            };
            header?: never;
            path: {
                indicatorCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        indicator: string;
                        formulaVersion: number;
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        requestedPeriod: string;
                        group: string | null;
                        municipality: {
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            period: string;
                            /** @description no_data: a value the formula needs is missing; not_applicable: the denominator is zero */
                            outcome: "computed" | "no_data" | "not_applicable";
                            numerator: number | null;
                            denominator: number | null;
                            value: number | null;
                            /** @description Hidden: it counts fewer than five people (shown as "–"), or would reveal one that does */
                            suppressed: boolean;
                            suppressedBecause: ("small_numbers" | "numerator_below_threshold" | "denominator_below_threshold" | "complementary") | null;
                            completeness: {
                                /** @description Units with a complete figure */
                                reported: number;
                                expected: number;
                                missingUnits: string[];
                            };
                        };
                        units: {
                            unit: string;
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            period: string;
                            /** @description no_data: a value the formula needs is missing; not_applicable: the denominator is zero */
                            outcome: "computed" | "no_data" | "not_applicable";
                            numerator: number | null;
                            denominator: number | null;
                            value: number | null;
                            /** @description Hidden: it counts fewer than five people (shown as "–"), or would reveal one that does */
                            suppressed: boolean;
                            suppressedBecause: ("small_numbers" | "numerator_below_threshold" | "denominator_below_threshold" | "complementary") | null;
                        }[];
                    };
                };
            };
            /** @description Not modified: the answer is still the one with the ETag sent in If-None-Match (no body) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlanProgress: {
        parameters: {
            query: {
                /**
                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                 * @example 2025-T2
                 */
                period: string;
            };
            header?: never;
            path: {
                /** @description Plan UUID, or its code for the latest version */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        planId: string;
                        planCode: string;
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                        goals: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            goalId: string;
                            code: string;
                            name: string;
                            indicator: string | null;
                            formulaVersion: number | null;
                            targets: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                targetId: string;
                                group: string | null;
                                level: "unit" | "city";
                                final: {
                                    kind: "range" | "at_most" | "at_least" | "exact";
                                    min: number | null;
                                    max: number | null;
                                    value: number | null;
                                };
                                deadline: string | null;
                                inForce: {
                                    source: "milestone" | "final";
                                    /**
                                     * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                     * @example 2025-T2
                                     */
                                    period: string;
                                    criterion: {
                                        kind: "range" | "at_most" | "at_least" | "exact";
                                        min: number | null;
                                        max: number | null;
                                        value: number | null;
                                    };
                                    tolerance: number | null;
                                };
                                municipality: {
                                    /**
                                     * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                     * @example 2025-T2
                                     */
                                    period: string;
                                    /** @description no_data: a value the formula needs is missing; not_applicable: the denominator is zero */
                                    outcome: "computed" | "no_data" | "not_applicable";
                                    numerator: number | null;
                                    denominator: number | null;
                                    value: number | null;
                                    /** @description Hidden: it counts fewer than five people (shown as "–"), or would reveal one that does */
                                    suppressed: boolean;
                                    suppressedBecause: ("small_numbers" | "numerator_below_threshold" | "denominator_below_threshold" | "complementary") | null;
                                    status: ("met" | "at_risk" | "not_met" | "no_data" | "not_applicable") | null;
                                    progress: number | null;
                                    trend: "improving" | "worsening" | "unchanged" | "unknown";
                                    previousValue: number | null;
                                    baseline: number | null;
                                    completeness: {
                                        /** @description Units with a complete figure */
                                        reported: number;
                                        expected: number;
                                        missingUnits: string[];
                                    };
                                };
                                units: {
                                    unit: string;
                                    /**
                                     * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                     * @example 2025-T2
                                     */
                                    period: string;
                                    /** @description no_data: a value the formula needs is missing; not_applicable: the denominator is zero */
                                    outcome: "computed" | "no_data" | "not_applicable";
                                    numerator: number | null;
                                    denominator: number | null;
                                    value: number | null;
                                    /** @description Hidden: it counts fewer than five people (shown as "–"), or would reveal one that does */
                                    suppressed: boolean;
                                    suppressedBecause: ("small_numbers" | "numerator_below_threshold" | "denominator_below_threshold" | "complementary") | null;
                                    status: ("met" | "at_risk" | "not_met" | "no_data" | "not_applicable") | null;
                                    progress: number | null;
                                    trend: "improving" | "worsening" | "unchanged" | "unknown";
                                    previousValue: number | null;
                                    baseline: number | null;
                                }[];
                            }[];
                        }[];
                    };
                };
            };
            /** @description Not modified: the answer is still the one with the ETag sent in If-None-Match (no body) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listReportingCycles: {
        parameters: {
            query?: {
                /** @description UUID of the thing */
                planId?: string;
                /**
                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                 * @example 2025-T2
                 */
                period?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            planId: string;
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            period: string;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD
                             */
                            opensOn: string;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD
                             */
                            deadline: string;
                            /**
                             * Format: date
                             * @description The deadline in force: the deadline moved to the next Swedish working day (weekends, public holidays, midsommarafton, julafton, nyårsafton)
                             */
                            dueOn: string;
                            remindDaysBefore: number;
                            explainChangeAbove: number | null;
                            reviewClosedAt: string | null;
                            /** @description The data set: codes of the data elements each unit reports */
                            dataElements: string[];
                            /** @description How many unit reports are in each state */
                            reports: {
                                open: number;
                                submitted: number;
                                approved: number;
                                returned: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createReportingCycle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Creating a cycle opens one report (state open) per reporting unit */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description UUID of the thing
                     */
                    planId: string;
                    /**
                     * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                     * @example 2025-T2
                     */
                    period: string;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD
                     */
                    opensOn: string;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD
                     */
                    deadline: string;
                    remindDaysBefore?: number;
                    explainChangeAbove?: number | null;
                    dataElements: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        planId: string;
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         */
                        opensOn: string;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         */
                        deadline: string;
                        /**
                         * Format: date
                         * @description The deadline in force: the deadline moved to the next Swedish working day (weekends, public holidays, midsommarafton, julafton, nyårsafton)
                         */
                        dueOn: string;
                        remindDaysBefore: number;
                        explainChangeAbove: number | null;
                        reviewClosedAt: string | null;
                        /** @description The data set: codes of the data elements each unit reports */
                        dataElements: string[];
                        /** @description How many unit reports are in each state */
                        reports: {
                            open: number;
                            submitted: number;
                            approved: number;
                            returned: number;
                        };
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReportingCycle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the thing */
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        planId: string;
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         */
                        opensOn: string;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         */
                        deadline: string;
                        /**
                         * Format: date
                         * @description The deadline in force: the deadline moved to the next Swedish working day (weekends, public holidays, midsommarafton, julafton, nyårsafton)
                         */
                        dueOn: string;
                        remindDaysBefore: number;
                        explainChangeAbove: number | null;
                        reviewClosedAt: string | null;
                        /** @description The data set: codes of the data elements each unit reports */
                        dataElements: string[];
                        /** @description How many unit reports are in each state */
                        reports: {
                            open: number;
                            submitted: number;
                            approved: number;
                            returned: number;
                        };
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteReportingCycle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /** @enum {boolean} */
                        deleted: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateReportingCycle: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD
                     */
                    opensOn?: string;
                    /**
                     * Format: date
                     * @description Calendar date, YYYY-MM-DD
                     */
                    deadline?: string;
                    remindDaysBefore?: number;
                    explainChangeAbove?: number | null;
                    dataElements?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        planId: string;
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         */
                        opensOn: string;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         */
                        deadline: string;
                        /**
                         * Format: date
                         * @description The deadline in force: the deadline moved to the next Swedish working day (weekends, public holidays, midsommarafton, julafton, nyårsafton)
                         */
                        dueOn: string;
                        remindDaysBefore: number;
                        explainChangeAbove: number | null;
                        reviewClosedAt: string | null;
                        /** @description The data set: codes of the data elements each unit reports */
                        dataElements: string[];
                        /** @description How many unit reports are in each state */
                        reports: {
                            open: number;
                            submitted: number;
                            approved: number;
                            returned: number;
                        };
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUnitReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the thing */
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            cycleId: string;
                            unit: string;
                            unitName: string;
                            state: "open" | "submitted" | "approved" | "returned";
                            /** @description A value changed while submitted or approved, or after the review closed */
                            changedAfterApproval: boolean;
                            /** @description A value entered after the deadline in force */
                            lateEntry: boolean;
                            submittedAt: string | null;
                            submittedBy: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                name: string;
                            } | null;
                            approvedAt: string | null;
                            approvedBy: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                name: string;
                            } | null;
                            returnedAt: string | null;
                            returnedBy: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                name: string;
                            } | null;
                            returnComment: string | null;
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD
                             */
                            dueOn: string;
                            /** @description Not submitted or approved and today (Europe/Stockholm) is after dueOn */
                            overdue: boolean;
                            brokenRules: {
                                ruleCode: "numerator_exceeds_denominator" | "required_positive" | "outside_history";
                                subject: string;
                                group: string | null;
                                /** @description English; clients translate by ruleCode */
                                message: string;
                                /** @description The warning as computed: numerator, denominator, element, value, low, high… */
                                details: {
                                    [key: string]: unknown;
                                };
                                explanation: string | null;
                            }[];
                            neededExplanations: {
                                indicator: string;
                                group: string | null;
                                /**
                                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                 * @example 2025-T2
                                 */
                                period: string;
                                reasons: ("target_missed" | "large_change")[];
                                /** @description Status against the target in force: at_risk, not_met, no_data… */
                                status: string;
                                value: number | null;
                                previousValue: number | null;
                                change: number | null;
                                explanation: string | null;
                            }[];
                            /** @description Open or returned, every broken rule and every needed figure explained */
                            readyToSubmit: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUnitReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the thing */
                cycleId: string;
                unitCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        cycleId: string;
                        unit: string;
                        unitName: string;
                        state: "open" | "submitted" | "approved" | "returned";
                        /** @description A value changed while submitted or approved, or after the review closed */
                        changedAfterApproval: boolean;
                        /** @description A value entered after the deadline in force */
                        lateEntry: boolean;
                        submittedAt: string | null;
                        submittedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        approvedAt: string | null;
                        approvedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        returnedAt: string | null;
                        returnedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        returnComment: string | null;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         */
                        dueOn: string;
                        /** @description Not submitted or approved and today (Europe/Stockholm) is after dueOn */
                        overdue: boolean;
                        brokenRules: {
                            ruleCode: "numerator_exceeds_denominator" | "required_positive" | "outside_history";
                            subject: string;
                            group: string | null;
                            /** @description English; clients translate by ruleCode */
                            message: string;
                            /** @description The warning as computed: numerator, denominator, element, value, low, high… */
                            details: {
                                [key: string]: unknown;
                            };
                            explanation: string | null;
                        }[];
                        neededExplanations: {
                            indicator: string;
                            group: string | null;
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            period: string;
                            reasons: ("target_missed" | "large_change")[];
                            /** @description Status against the target in force: at_risk, not_met, no_data… */
                            status: string;
                            value: number | null;
                            previousValue: number | null;
                            change: number | null;
                            explanation: string | null;
                        }[];
                        /** @description Open or returned, every broken rule and every needed figure explained */
                        readyToSubmit: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    submitUnitReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                cycleId: string;
                unitCode: string;
            };
            cookie?: never;
        };
        /** @description Explanations of broken rules, kept with the report; earlier ones stay unless replaced */
        requestBody: {
            content: {
                "application/json": {
                    explanations?: {
                        ruleCode: string;
                        subject: string;
                        text: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        cycleId: string;
                        unit: string;
                        unitName: string;
                        state: "open" | "submitted" | "approved" | "returned";
                        /** @description A value changed while submitted or approved, or after the review closed */
                        changedAfterApproval: boolean;
                        /** @description A value entered after the deadline in force */
                        lateEntry: boolean;
                        submittedAt: string | null;
                        submittedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        approvedAt: string | null;
                        approvedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        returnedAt: string | null;
                        returnedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        returnComment: string | null;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         */
                        dueOn: string;
                        /** @description Not submitted or approved and today (Europe/Stockholm) is after dueOn */
                        overdue: boolean;
                        brokenRules: {
                            ruleCode: "numerator_exceeds_denominator" | "required_positive" | "outside_history";
                            subject: string;
                            group: string | null;
                            /** @description English; clients translate by ruleCode */
                            message: string;
                            /** @description The warning as computed: numerator, denominator, element, value, low, high… */
                            details: {
                                [key: string]: unknown;
                            };
                            explanation: string | null;
                        }[];
                        neededExplanations: {
                            indicator: string;
                            group: string | null;
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            period: string;
                            reasons: ("target_missed" | "large_change")[];
                            /** @description Status against the target in force: at_risk, not_met, no_data… */
                            status: string;
                            value: number | null;
                            previousValue: number | null;
                            change: number | null;
                            explanation: string | null;
                        }[];
                        /** @description Open or returned, every broken rule and every needed figure explained */
                        readyToSubmit: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    approveUnitReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                cycleId: string;
                unitCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        cycleId: string;
                        unit: string;
                        unitName: string;
                        state: "open" | "submitted" | "approved" | "returned";
                        /** @description A value changed while submitted or approved, or after the review closed */
                        changedAfterApproval: boolean;
                        /** @description A value entered after the deadline in force */
                        lateEntry: boolean;
                        submittedAt: string | null;
                        submittedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        approvedAt: string | null;
                        approvedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        returnedAt: string | null;
                        returnedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        returnComment: string | null;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         */
                        dueOn: string;
                        /** @description Not submitted or approved and today (Europe/Stockholm) is after dueOn */
                        overdue: boolean;
                        brokenRules: {
                            ruleCode: "numerator_exceeds_denominator" | "required_positive" | "outside_history";
                            subject: string;
                            group: string | null;
                            /** @description English; clients translate by ruleCode */
                            message: string;
                            /** @description The warning as computed: numerator, denominator, element, value, low, high… */
                            details: {
                                [key: string]: unknown;
                            };
                            explanation: string | null;
                        }[];
                        neededExplanations: {
                            indicator: string;
                            group: string | null;
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            period: string;
                            reasons: ("target_missed" | "large_change")[];
                            /** @description Status against the target in force: at_risk, not_met, no_data… */
                            status: string;
                            value: number | null;
                            previousValue: number | null;
                            change: number | null;
                            explanation: string | null;
                        }[];
                        /** @description Open or returned, every broken rule and every needed figure explained */
                        readyToSubmit: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    returnUnitReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                cycleId: string;
                unitCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the unit must look at again */
                    comment: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        cycleId: string;
                        unit: string;
                        unitName: string;
                        state: "open" | "submitted" | "approved" | "returned";
                        /** @description A value changed while submitted or approved, or after the review closed */
                        changedAfterApproval: boolean;
                        /** @description A value entered after the deadline in force */
                        lateEntry: boolean;
                        submittedAt: string | null;
                        submittedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        approvedAt: string | null;
                        approvedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        returnedAt: string | null;
                        returnedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        returnComment: string | null;
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         */
                        dueOn: string;
                        /** @description Not submitted or approved and today (Europe/Stockholm) is after dueOn */
                        overdue: boolean;
                        brokenRules: {
                            ruleCode: "numerator_exceeds_denominator" | "required_positive" | "outside_history";
                            subject: string;
                            group: string | null;
                            /** @description English; clients translate by ruleCode */
                            message: string;
                            /** @description The warning as computed: numerator, denominator, element, value, low, high… */
                            details: {
                                [key: string]: unknown;
                            };
                            explanation: string | null;
                        }[];
                        neededExplanations: {
                            indicator: string;
                            group: string | null;
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            period: string;
                            reasons: ("target_missed" | "large_change")[];
                            /** @description Status against the target in force: at_risk, not_met, no_data… */
                            status: string;
                            value: number | null;
                            previousValue: number | null;
                            change: number | null;
                            explanation: string | null;
                        }[];
                        /** @description Open or returned, every broken rule and every needed figure explained */
                        readyToSubmit: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listExplanations: {
        parameters: {
            query?: {
                indicator?: string;
                unit?: string;
                group?: string;
                /**
                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                 * @example 2025-T2
                 */
                period?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            indicator: string;
                            unit: string;
                            group: string | null;
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            period: string;
                            text: string;
                            author: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putExplanation: {
        parameters: {
            query?: {
                group?: string;
            };
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                indicatorCode: string;
                unitCode: string;
                /**
                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                 * @example 2025-T2
                 */
                periodCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    /** @description Why the explanation changes; required once the unit’s report is approved or the review closed */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        indicator: string;
                        unit: string;
                        group: string | null;
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                        text: string;
                        author: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listGoalPositions: {
        parameters: {
            query?: {
                /** @description UUID of the thing */
                cycle?: string;
                history?: boolean;
            };
            header?: never;
            path: {
                /** @description UUID of the thing */
                goalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            cycleId: string;
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            period: string;
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            goalId: string;
                            goal: string;
                            referenceGroup: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                code: string;
                                name: string;
                                scope: "all" | "units";
                            };
                            stance: "supports" | "partly_supports" | "reservation";
                            text: string;
                            meeting: string;
                            minutesReference: string | null;
                            state: "active" | "withdrawn" | "superseded";
                            restatesId: string | null;
                            recordedBy: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            withdrawnAt: string | null;
                            signatories: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                userId: string;
                                name: string;
                                confirmedAt: string | null;
                            }[];
                            signed: boolean;
                            answer: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                text: string;
                                answeredBy: {
                                    /**
                                     * Format: uuid
                                     * @description UUID of the thing
                                     */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                            frozen: boolean;
                            allowed: {
                                edit: boolean;
                                withdraw: boolean;
                                restate: boolean;
                                answer: boolean;
                            };
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPosition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                goalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description UUID of the thing
                     */
                    cycleId: string;
                    stance: "supports" | "partly_supports" | "reservation";
                    /** @description The position in the reference group's own words */
                    text: string;
                    /** @description The meeting it was taken at, e.g. "Samverkan 2025-06-12" */
                    meeting: string;
                    minutesReference?: string | null;
                    /** @description Users of the same reference group who sign; each confirms with their own login */
                    signatories?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        cycleId: string;
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        goalId: string;
                        goal: string;
                        referenceGroup: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            name: string;
                            scope: "all" | "units";
                        };
                        stance: "supports" | "partly_supports" | "reservation";
                        text: string;
                        meeting: string;
                        minutesReference: string | null;
                        state: "active" | "withdrawn" | "superseded";
                        restatesId: string | null;
                        recordedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        withdrawnAt: string | null;
                        signatories: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            userId: string;
                            name: string;
                            confirmedAt: string | null;
                        }[];
                        signed: boolean;
                        answer: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            text: string;
                            answeredBy: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        } | null;
                        frozen: boolean;
                        allowed: {
                            edit: boolean;
                            withdraw: boolean;
                            restate: boolean;
                            answer: boolean;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPosition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the thing */
                positionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        cycleId: string;
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        goalId: string;
                        goal: string;
                        referenceGroup: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            name: string;
                            scope: "all" | "units";
                        };
                        stance: "supports" | "partly_supports" | "reservation";
                        text: string;
                        meeting: string;
                        minutesReference: string | null;
                        state: "active" | "withdrawn" | "superseded";
                        restatesId: string | null;
                        recordedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        withdrawnAt: string | null;
                        signatories: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            userId: string;
                            name: string;
                            confirmedAt: string | null;
                        }[];
                        signed: boolean;
                        answer: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            text: string;
                            answeredBy: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        } | null;
                        frozen: boolean;
                        allowed: {
                            edit: boolean;
                            withdraw: boolean;
                            restate: boolean;
                            answer: boolean;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePosition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                positionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    stance?: "supports" | "partly_supports" | "reservation";
                    /** @description The position in the reference group's own words */
                    text?: string;
                    /** @description The meeting it was taken at, e.g. "Samverkan 2025-06-12" */
                    meeting?: string;
                    minutesReference?: string | null;
                    /** @description Users of the same reference group who sign; each confirms with their own login */
                    signatories?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        cycleId: string;
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        goalId: string;
                        goal: string;
                        referenceGroup: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            name: string;
                            scope: "all" | "units";
                        };
                        stance: "supports" | "partly_supports" | "reservation";
                        text: string;
                        meeting: string;
                        minutesReference: string | null;
                        state: "active" | "withdrawn" | "superseded";
                        restatesId: string | null;
                        recordedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        withdrawnAt: string | null;
                        signatories: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            userId: string;
                            name: string;
                            confirmedAt: string | null;
                        }[];
                        signed: boolean;
                        answer: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            text: string;
                            answeredBy: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        } | null;
                        frozen: boolean;
                        allowed: {
                            edit: boolean;
                            withdraw: boolean;
                            restate: boolean;
                            answer: boolean;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    withdrawPosition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                positionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the reference group withdraws it */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        cycleId: string;
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        goalId: string;
                        goal: string;
                        referenceGroup: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            name: string;
                            scope: "all" | "units";
                        };
                        stance: "supports" | "partly_supports" | "reservation";
                        text: string;
                        meeting: string;
                        minutesReference: string | null;
                        state: "active" | "withdrawn" | "superseded";
                        restatesId: string | null;
                        recordedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        withdrawnAt: string | null;
                        signatories: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            userId: string;
                            name: string;
                            confirmedAt: string | null;
                        }[];
                        signed: boolean;
                        answer: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            text: string;
                            answeredBy: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        } | null;
                        frozen: boolean;
                        allowed: {
                            edit: boolean;
                            withdraw: boolean;
                            restate: boolean;
                            answer: boolean;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    restatePosition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                positionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    stance: "supports" | "partly_supports" | "reservation";
                    /** @description The position in the reference group's own words */
                    text: string;
                    /** @description The meeting it was taken at, e.g. "Samverkan 2025-06-12" */
                    meeting: string;
                    minutesReference?: string | null;
                    /** @description Users of the same reference group who sign; each confirms with their own login */
                    signatories?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        cycleId: string;
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        goalId: string;
                        goal: string;
                        referenceGroup: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            name: string;
                            scope: "all" | "units";
                        };
                        stance: "supports" | "partly_supports" | "reservation";
                        text: string;
                        meeting: string;
                        minutesReference: string | null;
                        state: "active" | "withdrawn" | "superseded";
                        restatesId: string | null;
                        recordedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        withdrawnAt: string | null;
                        signatories: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            userId: string;
                            name: string;
                            confirmedAt: string | null;
                        }[];
                        signed: boolean;
                        answer: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            text: string;
                            answeredBy: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        } | null;
                        frozen: boolean;
                        allowed: {
                            edit: boolean;
                            withdraw: boolean;
                            restate: boolean;
                            answer: boolean;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    confirmPosition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                positionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        cycleId: string;
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        goalId: string;
                        goal: string;
                        referenceGroup: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            name: string;
                            scope: "all" | "units";
                        };
                        stance: "supports" | "partly_supports" | "reservation";
                        text: string;
                        meeting: string;
                        minutesReference: string | null;
                        state: "active" | "withdrawn" | "superseded";
                        restatesId: string | null;
                        recordedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        withdrawnAt: string | null;
                        signatories: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            userId: string;
                            name: string;
                            confirmedAt: string | null;
                        }[];
                        signed: boolean;
                        answer: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            text: string;
                            answeredBy: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        } | null;
                        frozen: boolean;
                        allowed: {
                            edit: boolean;
                            withdraw: boolean;
                            restate: boolean;
                            answer: boolean;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    answerPosition: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                positionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The steering group's answer */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        cycleId: string;
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        goalId: string;
                        goal: string;
                        referenceGroup: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            name: string;
                            scope: "all" | "units";
                        };
                        stance: "supports" | "partly_supports" | "reservation";
                        text: string;
                        meeting: string;
                        minutesReference: string | null;
                        state: "active" | "withdrawn" | "superseded";
                        restatesId: string | null;
                        recordedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        withdrawnAt: string | null;
                        signatories: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            userId: string;
                            name: string;
                            confirmedAt: string | null;
                        }[];
                        signed: boolean;
                        answer: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            text: string;
                            answeredBy: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        } | null;
                        frozen: boolean;
                        allowed: {
                            edit: boolean;
                            withdraw: boolean;
                            restate: boolean;
                            answer: boolean;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReviewBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the thing */
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        cycleId: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        planId: string;
                        /**
                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                         * @example 2025-T2
                         */
                        period: string;
                        closed: boolean;
                        closedAt: string | null;
                        closedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        } | null;
                        unansweredReservations: string[];
                        goals: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            goalId: string;
                            code: string;
                            name: string;
                            computedStatus: ("met" | "at_risk" | "not_met" | "no_data" | "not_applicable") | null;
                            assessment: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                computedStatus: ("met" | "at_risk" | "not_met" | "no_data" | "not_applicable") | null;
                                assessedStatus: "met" | "at_risk" | "not_met" | "no_data" | "not_applicable";
                                overrideReason: string | null;
                                assessment: string | null;
                                decisions: string | null;
                                assessedBy: {
                                    /**
                                     * Format: uuid
                                     * @description UUID of the thing
                                     */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                            targets: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                targetId: string;
                                group: string | null;
                                level: "unit" | "city";
                                computedStatus: ("met" | "at_risk" | "not_met" | "no_data" | "not_applicable") | null;
                                assessment: {
                                    /**
                                     * Format: uuid
                                     * @description UUID of the thing
                                     */
                                    id: string;
                                    computedStatus: ("met" | "at_risk" | "not_met" | "no_data" | "not_applicable") | null;
                                    assessedStatus: "met" | "at_risk" | "not_met" | "no_data" | "not_applicable";
                                    overrideReason: string | null;
                                    assessment: string | null;
                                    decisions: string | null;
                                    assessedBy: {
                                        /**
                                         * Format: uuid
                                         * @description UUID of the thing
                                         */
                                        id: string;
                                        name: string;
                                    };
                                    /** Format: date-time */
                                    updatedAt: string;
                                } | null;
                            }[];
                            positions: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                cycleId: string;
                                /**
                                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                 * @example 2025-T2
                                 */
                                period: string;
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                goalId: string;
                                goal: string;
                                referenceGroup: {
                                    /**
                                     * Format: uuid
                                     * @description UUID of the thing
                                     */
                                    id: string;
                                    code: string;
                                    name: string;
                                    scope: "all" | "units";
                                };
                                stance: "supports" | "partly_supports" | "reservation";
                                text: string;
                                meeting: string;
                                minutesReference: string | null;
                                state: "active" | "withdrawn" | "superseded";
                                restatesId: string | null;
                                recordedBy: {
                                    /**
                                     * Format: uuid
                                     * @description UUID of the thing
                                     */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                withdrawnAt: string | null;
                                signatories: {
                                    /**
                                     * Format: uuid
                                     * @description UUID of the thing
                                     */
                                    userId: string;
                                    name: string;
                                    confirmedAt: string | null;
                                }[];
                                signed: boolean;
                                answer: {
                                    /**
                                     * Format: uuid
                                     * @description UUID of the thing
                                     */
                                    id: string;
                                    text: string;
                                    answeredBy: {
                                        /**
                                         * Format: uuid
                                         * @description UUID of the thing
                                         */
                                        id: string;
                                        name: string;
                                    };
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    updatedAt: string;
                                } | null;
                                frozen: boolean;
                                allowed: {
                                    edit: boolean;
                                    withdraw: boolean;
                                    restate: boolean;
                                    answer: boolean;
                                };
                            }[];
                            activities: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                code: string;
                                name: string;
                                goal: string | null;
                                unit: string | null;
                                owner: string | null;
                                startDate: string | null;
                                dueDate: string | null;
                                definitionOfDone: string | null;
                                status: "not_started" | "ongoing" | "done" | "delayed" | "cancelled";
                                overdue: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Not modified: the answer is still the one with the ETag sent in If-None-Match (no body) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    assessGoal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                cycleId: string;
                /** @description UUID of the thing */
                goalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assessedStatus: "met" | "at_risk" | "not_met" | "no_data" | "not_applicable";
                    overrideReason?: string | null;
                    assessment?: string | null;
                    decisions?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        goalId: string;
                        code: string;
                        name: string;
                        computedStatus: ("met" | "at_risk" | "not_met" | "no_data" | "not_applicable") | null;
                        assessment: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            computedStatus: ("met" | "at_risk" | "not_met" | "no_data" | "not_applicable") | null;
                            assessedStatus: "met" | "at_risk" | "not_met" | "no_data" | "not_applicable";
                            overrideReason: string | null;
                            assessment: string | null;
                            decisions: string | null;
                            assessedBy: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        } | null;
                        targets: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            targetId: string;
                            group: string | null;
                            level: "unit" | "city";
                            computedStatus: ("met" | "at_risk" | "not_met" | "no_data" | "not_applicable") | null;
                            assessment: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                computedStatus: ("met" | "at_risk" | "not_met" | "no_data" | "not_applicable") | null;
                                assessedStatus: "met" | "at_risk" | "not_met" | "no_data" | "not_applicable";
                                overrideReason: string | null;
                                assessment: string | null;
                                decisions: string | null;
                                assessedBy: {
                                    /**
                                     * Format: uuid
                                     * @description UUID of the thing
                                     */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                        }[];
                        positions: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            cycleId: string;
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            period: string;
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            goalId: string;
                            goal: string;
                            referenceGroup: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                code: string;
                                name: string;
                                scope: "all" | "units";
                            };
                            stance: "supports" | "partly_supports" | "reservation";
                            text: string;
                            meeting: string;
                            minutesReference: string | null;
                            state: "active" | "withdrawn" | "superseded";
                            restatesId: string | null;
                            recordedBy: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            withdrawnAt: string | null;
                            signatories: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                userId: string;
                                name: string;
                                confirmedAt: string | null;
                            }[];
                            signed: boolean;
                            answer: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                text: string;
                                answeredBy: {
                                    /**
                                     * Format: uuid
                                     * @description UUID of the thing
                                     */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                            frozen: boolean;
                            allowed: {
                                edit: boolean;
                                withdraw: boolean;
                                restate: boolean;
                                answer: boolean;
                            };
                        }[];
                        activities: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            name: string;
                            goal: string | null;
                            unit: string | null;
                            owner: string | null;
                            startDate: string | null;
                            dueDate: string | null;
                            definitionOfDone: string | null;
                            status: "not_started" | "ongoing" | "done" | "delayed" | "cancelled";
                            overdue: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    assessTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                cycleId: string;
                /** @description UUID of the thing */
                goalId: string;
                /** @description UUID of the thing */
                targetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assessedStatus: "met" | "at_risk" | "not_met" | "no_data" | "not_applicable";
                    overrideReason?: string | null;
                    assessment?: string | null;
                    decisions?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        goalId: string;
                        code: string;
                        name: string;
                        computedStatus: ("met" | "at_risk" | "not_met" | "no_data" | "not_applicable") | null;
                        assessment: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            computedStatus: ("met" | "at_risk" | "not_met" | "no_data" | "not_applicable") | null;
                            assessedStatus: "met" | "at_risk" | "not_met" | "no_data" | "not_applicable";
                            overrideReason: string | null;
                            assessment: string | null;
                            decisions: string | null;
                            assessedBy: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                        } | null;
                        targets: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            targetId: string;
                            group: string | null;
                            level: "unit" | "city";
                            computedStatus: ("met" | "at_risk" | "not_met" | "no_data" | "not_applicable") | null;
                            assessment: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                computedStatus: ("met" | "at_risk" | "not_met" | "no_data" | "not_applicable") | null;
                                assessedStatus: "met" | "at_risk" | "not_met" | "no_data" | "not_applicable";
                                overrideReason: string | null;
                                assessment: string | null;
                                decisions: string | null;
                                assessedBy: {
                                    /**
                                     * Format: uuid
                                     * @description UUID of the thing
                                     */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                        }[];
                        positions: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            cycleId: string;
                            /**
                             * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                             * @example 2025-T2
                             */
                            period: string;
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            goalId: string;
                            goal: string;
                            referenceGroup: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                code: string;
                                name: string;
                                scope: "all" | "units";
                            };
                            stance: "supports" | "partly_supports" | "reservation";
                            text: string;
                            meeting: string;
                            minutesReference: string | null;
                            state: "active" | "withdrawn" | "superseded";
                            restatesId: string | null;
                            recordedBy: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            withdrawnAt: string | null;
                            signatories: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                userId: string;
                                name: string;
                                confirmedAt: string | null;
                            }[];
                            signed: boolean;
                            answer: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                text: string;
                                answeredBy: {
                                    /**
                                     * Format: uuid
                                     * @description UUID of the thing
                                     */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                            frozen: boolean;
                            allowed: {
                                edit: boolean;
                                withdraw: boolean;
                                restate: boolean;
                                answer: boolean;
                            };
                        }[];
                        activities: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            code: string;
                            name: string;
                            goal: string | null;
                            unit: string | null;
                            owner: string | null;
                            startDate: string | null;
                            dueDate: string | null;
                            definitionOfDone: string | null;
                            status: "not_started" | "ongoing" | "done" | "delayed" | "cancelled";
                            overdue: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    closeReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                cycleId: string;
            };
            cookie?: never;
        };
        /** @description Closing locks the cycle: positions and assessments freeze */
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        cycleId: string;
                        /** Format: date-time */
                        closedAt: string;
                        closedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGoalSeries: {
        parameters: {
            query: {
                /**
                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                 * @example 2025-T2
                 */
                period: string;
                /**
                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                 * @example 2025-T2
                 */
                from?: string;
                group?: string;
                /** @description Comma-separated unit codes; the municipality is always included */
                units?: string;
                companion?: string;
            };
            header?: never;
            path: {
                /** @description Plan UUID, or its code for the latest version */
                planId: string;
                /** @description UUID or code */
                goalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A goal without an indicator has no targets here */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        planId: string;
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        goalId: string;
                        goalCode: string;
                        indicator: string | null;
                        formulaVersion: number | null;
                        companion: {
                            indicator: string;
                            formulaVersion: number;
                        } | null;
                        /** @description The periods asked for, oldest first (a yearly goal has one per year) */
                        periods: string[];
                        targets: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            targetId: string;
                            group: string | null;
                            level: "unit" | "city";
                            municipality: {
                                /**
                                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                 * @example 2025-T2
                                 */
                                period: string;
                                /** @description no_data: a value the formula needs is missing; not_applicable: the denominator is zero */
                                outcome: "computed" | "no_data" | "not_applicable";
                                numerator: number | null;
                                denominator: number | null;
                                value: number | null;
                                /** @description Hidden: it counts fewer than five people (shown as "–"), or would reveal one that does */
                                suppressed: boolean;
                                suppressedBecause: ("small_numbers" | "numerator_below_threshold" | "denominator_below_threshold" | "complementary") | null;
                                /**
                                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                 * @example 2025-T2
                                 */
                                requestedPeriod: string;
                                status: ("met" | "at_risk" | "not_met" | "no_data" | "not_applicable") | null;
                                inForce: {
                                    source: "milestone" | "final";
                                    /**
                                     * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                     * @example 2025-T2
                                     */
                                    period: string;
                                    criterion: {
                                        kind: "range" | "at_most" | "at_least" | "exact";
                                        min: number | null;
                                        max: number | null;
                                        value: number | null;
                                    };
                                    tolerance: number | null;
                                };
                                companion: {
                                    /**
                                     * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                     * @example 2025-T2
                                     */
                                    period: string;
                                    /** @description no_data: a value the formula needs is missing; not_applicable: the denominator is zero */
                                    outcome: "computed" | "no_data" | "not_applicable";
                                    numerator: number | null;
                                    denominator: number | null;
                                    value: number | null;
                                    /** @description Hidden: it counts fewer than five people (shown as "–"), or would reveal one that does */
                                    suppressed: boolean;
                                    suppressedBecause: ("small_numbers" | "numerator_below_threshold" | "denominator_below_threshold" | "complementary") | null;
                                } | null;
                                completeness: {
                                    /** @description Units with a complete figure */
                                    reported: number;
                                    expected: number;
                                    missingUnits: string[];
                                };
                            }[];
                            units: {
                                unit: string;
                                points: {
                                    /**
                                     * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                     * @example 2025-T2
                                     */
                                    period: string;
                                    /** @description no_data: a value the formula needs is missing; not_applicable: the denominator is zero */
                                    outcome: "computed" | "no_data" | "not_applicable";
                                    numerator: number | null;
                                    denominator: number | null;
                                    value: number | null;
                                    /** @description Hidden: it counts fewer than five people (shown as "–"), or would reveal one that does */
                                    suppressed: boolean;
                                    suppressedBecause: ("small_numbers" | "numerator_below_threshold" | "denominator_below_threshold" | "complementary") | null;
                                    /**
                                     * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                     * @example 2025-T2
                                     */
                                    requestedPeriod: string;
                                    status: ("met" | "at_risk" | "not_met" | "no_data" | "not_applicable") | null;
                                    inForce: {
                                        source: "milestone" | "final";
                                        /**
                                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                         * @example 2025-T2
                                         */
                                        period: string;
                                        criterion: {
                                            kind: "range" | "at_most" | "at_least" | "exact";
                                            min: number | null;
                                            max: number | null;
                                            value: number | null;
                                        };
                                        tolerance: number | null;
                                    };
                                    companion: {
                                        /**
                                         * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                                         * @example 2025-T2
                                         */
                                        period: string;
                                        /** @description no_data: a value the formula needs is missing; not_applicable: the denominator is zero */
                                        outcome: "computed" | "no_data" | "not_applicable";
                                        numerator: number | null;
                                        denominator: number | null;
                                        value: number | null;
                                        /** @description Hidden: it counts fewer than five people (shown as "–"), or would reveal one that does */
                                        suppressed: boolean;
                                        suppressedBecause: ("small_numbers" | "numerator_below_threshold" | "denominator_below_threshold" | "complementary") | null;
                                    } | null;
                                }[];
                            }[];
                        }[];
                    };
                };
            };
            /** @description Not modified: the answer is still the one with the ETag sent in If-None-Match (no body) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            name: string;
                            /** @description The first characters of the token, to tell tokens apart */
                            prefix: string;
                            units: string[];
                            /** Format: date-time */
                            createdAt: string;
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                            revokedReason: ("revoked" | "unit_deleted") | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description Units whose values the token may write */
                    units: string[];
                    /** Format: date-time */
                    expiresAt?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        name: string;
                        /** @description The first characters of the token, to tell tokens apart */
                        prefix: string;
                        units: string[];
                        /** Format: date-time */
                        createdAt: string;
                        expiresAt: string | null;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        revokedReason: ("revoked" | "unit_deleted") | null;
                        /** @description The secret: shown once, never again */
                        token: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeApiToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAudit: {
        parameters: {
            query: {
                entityType?: string;
                /** @description UUID of the thing */
                entityId?: string;
                /** @description UUID of the thing */
                actorUserId?: string;
                action?: "create" | "update" | "delete" | "login_failed" | "access_denied";
                from?: string;
                to?: string;
                page: number;
                pageSize: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            /**
                             * Format: date-time
                             * @description UTC
                             */
                            occurredAt: string;
                            actor: {
                                type: "user" | "token" | "system" | "anonymous";
                                userId: string | null;
                                userName: string | null;
                                tokenId: string | null;
                            };
                            action: "create" | "update" | "delete" | "login_failed" | "access_denied";
                            entityType: string;
                            entityId: string | null;
                            before: {
                                [key: string]: unknown;
                            } | null;
                            after: {
                                [key: string]: unknown;
                            } | null;
                            reason: string | null;
                            requestId: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getObjectHistory: {
        parameters: {
            query: {
                page: number;
                pageSize: number;
            };
            header?: never;
            path: {
                entityType: string;
                /** @description UUID of the thing */
                entityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            /**
                             * Format: date-time
                             * @description UTC
                             */
                            occurredAt: string;
                            actor: {
                                type: "user" | "token" | "system" | "anonymous";
                                userId: string | null;
                                userName: string | null;
                                tokenId: string | null;
                            };
                            action: "create" | "update" | "delete" | "login_failed" | "access_denied";
                            entityType: string;
                            entityId: string | null;
                            before: {
                                [key: string]: unknown;
                            } | null;
                            after: {
                                [key: string]: unknown;
                            } | null;
                            reason: string | null;
                            requestId: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                role?: "admin" | "steering" | "hr" | "union" | "viewer";
                unit?: string;
                disabled?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            email: string;
                            displayName: string;
                            /** @description A disabled user can neither log in nor do anything with an open session */
                            disabled: boolean;
                            union: string | null;
                            referenceGroup: string | null;
                            /** @description False for people who log in with single sign-on only */
                            hasPassword: boolean;
                            /** @description Bound to an identity of the single sign-on provider */
                            singleSignOn: boolean;
                            passwordChangedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Every grant, expired ones included (active: false) */
                            roles: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                role: "admin" | "steering" | "hr" | "union" | "viewer";
                                /** @description Whether the role reaches every unit; when false it reaches only `units`, and none at all when that is empty */
                                allUnits: boolean;
                                /** @description Units the role is limited to when it does not reach every unit; empty then means none */
                                units: string[];
                                validUntil: string | null;
                                /** @description False once validUntil has passed; expired grants stay listed */
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description union and referenceGroup go together, for union members only */
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    displayName: string;
                    /** @description At least 12 characters; stored hashed (argon2id) */
                    password?: string;
                    union?: string;
                    referenceGroup?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        email: string;
                        displayName: string;
                        /** @description A disabled user can neither log in nor do anything with an open session */
                        disabled: boolean;
                        union: string | null;
                        referenceGroup: string | null;
                        /** @description False for people who log in with single sign-on only */
                        hasPassword: boolean;
                        /** @description Bound to an identity of the single sign-on provider */
                        singleSignOn: boolean;
                        passwordChangedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Every grant, expired ones included (active: false) */
                        roles: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            role: "admin" | "steering" | "hr" | "union" | "viewer";
                            /** @description Whether the role reaches every unit; when false it reaches only `units`, and none at all when that is empty */
                            allUnits: boolean;
                            /** @description Units the role is limited to when it does not reach every unit; empty then means none */
                            units: string[];
                            validUntil: string | null;
                            /** @description False once validUntil has passed; expired grants stay listed */
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the thing */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        email: string;
                        displayName: string;
                        /** @description A disabled user can neither log in nor do anything with an open session */
                        disabled: boolean;
                        union: string | null;
                        referenceGroup: string | null;
                        /** @description False for people who log in with single sign-on only */
                        hasPassword: boolean;
                        /** @description Bound to an identity of the single sign-on provider */
                        singleSignOn: boolean;
                        passwordChangedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Every grant, expired ones included (active: false) */
                        roles: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            role: "admin" | "steering" | "hr" | "union" | "viewer";
                            /** @description Whether the role reaches every unit; when false it reaches only `units`, and none at all when that is empty */
                            allUnits: boolean;
                            /** @description Units the role is limited to when it does not reach every unit; empty then means none */
                            units: string[];
                            validUntil: string | null;
                            /** @description False once validUntil has passed; expired grants stay listed */
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email?: string;
                    displayName?: string;
                    /** @description Disabling ends every session of the user at once */
                    disabled?: boolean;
                    union?: string | null;
                    referenceGroup?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        email: string;
                        displayName: string;
                        /** @description A disabled user can neither log in nor do anything with an open session */
                        disabled: boolean;
                        union: string | null;
                        referenceGroup: string | null;
                        /** @description False for people who log in with single sign-on only */
                        hasPassword: boolean;
                        /** @description Bound to an identity of the single sign-on provider */
                        singleSignOn: boolean;
                        passwordChangedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Every grant, expired ones included (active: false) */
                        roles: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            role: "admin" | "steering" | "hr" | "union" | "viewer";
                            /** @description Whether the role reaches every unit; when false it reaches only `units`, and none at all when that is empty */
                            allUnits: boolean;
                            /** @description Units the role is limited to when it does not reach every unit; empty then means none */
                            units: string[];
                            validUntil: string | null;
                            /** @description False once validUntil has passed; expired grants stay listed */
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setUserPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description At least 12 characters; stored hashed (argon2id) */
                    password: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the thing */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            role: "admin" | "steering" | "hr" | "union" | "viewer";
                            /** @description Whether the role reaches every unit; when false it reaches only `units`, and none at all when that is empty */
                            allUnits: boolean;
                            /** @description Units the role is limited to when it does not reach every unit; empty then means none */
                            units: string[];
                            validUntil: string | null;
                            /** @description False once validUntil has passed; expired grants stay listed */
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    grantUserRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    role: "admin" | "steering" | "hr" | "union" | "viewer";
                    /** @description Required for HR and a local union reference group; not allowed otherwise */
                    units?: string[];
                    /**
                     * Format: date-time
                     * @description In the future: the grant ends by itself then (a deputy)
                     */
                    validUntil?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        role: "admin" | "steering" | "hr" | "union" | "viewer";
                        /** @description Whether the role reaches every unit; when false it reaches only `units`, and none at all when that is empty */
                        allUnits: boolean;
                        /** @description Units the role is limited to when it does not reach every unit; empty then means none */
                        units: string[];
                        validUntil: string | null;
                        /** @description False once validUntil has passed; expired grants stay listed */
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeUserRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                roleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listComments: {
        parameters: {
            query?: {
                /** @description UUID of the thing */
                goal?: string;
                /** @description UUID of the thing */
                target?: string;
                /** @description UUID of the thing */
                activity?: string;
                indicator?: string;
                unit?: string;
                group?: string;
                /**
                 * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                 * @example 2025-T2
                 */
                period?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            subject: {
                                kind: "goal" | "target" | "activity" | "figure";
                                goalId: string | null;
                                targetId: string | null;
                                activityId: string | null;
                                indicator: string | null;
                                unit: string | null;
                                group: string | null;
                                period: string | null;
                            };
                            resolved: boolean;
                            resolvedAt: string | null;
                            resolvedBy: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                displayName: string;
                            } | null;
                            comments: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                threadId: string | null;
                                author: {
                                    /**
                                     * Format: uuid
                                     * @description UUID of the thing
                                     */
                                    id: string;
                                    displayName: string;
                                };
                                asUnion: {
                                    code: string;
                                    name: string;
                                } | null;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                edited: boolean;
                                editedAt: string | null;
                                /** Format: date-time */
                                editableUntil: string;
                                mentions: {
                                    /**
                                     * Format: uuid
                                     * @description UUID of the thing
                                     */
                                    id: string;
                                    displayName: string;
                                }[];
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A new thread on one subject, or a reply to a thread with threadId */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description UUID of the thing
                     */
                    goal?: string;
                    /**
                     * Format: uuid
                     * @description UUID of the thing
                     */
                    target?: string;
                    /**
                     * Format: uuid
                     * @description UUID of the thing
                     */
                    activity?: string;
                    indicator?: string;
                    unit?: string;
                    group?: string;
                    /**
                     * @description Period code: `2025`, `2025-T2`, `2025-Q3` or `2025-07`
                     * @example 2025-T2
                     */
                    period?: string;
                    /**
                     * Format: uuid
                     * @description UUID of the thing
                     */
                    threadId?: string;
                    /** @description The text; `@someone@example.se` mentions a user by email */
                    body: string;
                    /** @description Users (ids) of the same municipality to mention and notify, as chosen in the UI */
                    mentions?: string[];
                    /** @description Kept in the audit trail with the change */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        subject: {
                            kind: "goal" | "target" | "activity" | "figure";
                            goalId: string | null;
                            targetId: string | null;
                            activityId: string | null;
                            indicator: string | null;
                            unit: string | null;
                            group: string | null;
                            period: string | null;
                        };
                        resolved: boolean;
                        resolvedAt: string | null;
                        resolvedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            displayName: string;
                        } | null;
                        comments: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            threadId: string | null;
                            author: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                displayName: string;
                            };
                            asUnion: {
                                code: string;
                                name: string;
                            } | null;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            edited: boolean;
                            editedAt: string | null;
                            /** Format: date-time */
                            editableUntil: string;
                            mentions: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                displayName: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The text; `@someone@example.se` mentions a user by email */
                    body: string;
                    /** @description Users (ids) of the same municipality to mention and notify, as chosen in the UI */
                    mentions?: string[];
                    /** @description Kept in the audit trail with the change */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        subject: {
                            kind: "goal" | "target" | "activity" | "figure";
                            goalId: string | null;
                            targetId: string | null;
                            activityId: string | null;
                            indicator: string | null;
                            unit: string | null;
                            group: string | null;
                            period: string | null;
                        };
                        resolved: boolean;
                        resolvedAt: string | null;
                        resolvedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            displayName: string;
                        } | null;
                        comments: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            threadId: string | null;
                            author: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                displayName: string;
                            };
                            asUnion: {
                                code: string;
                                name: string;
                            } | null;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            edited: boolean;
                            editedAt: string | null;
                            /** Format: date-time */
                            editableUntil: string;
                            mentions: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                displayName: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMentionableUsers: {
        parameters: {
            query?: {
                /** @description Part of the name or email, any case */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            displayName: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCommentRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description UUID of the thing */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        commentId: string;
                        current: string;
                        items: {
                            body: string;
                            /** Format: date-time */
                            writtenAt: string;
                            /** Format: date-time */
                            replacedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resolveCommentThread: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        subject: {
                            kind: "goal" | "target" | "activity" | "figure";
                            goalId: string | null;
                            targetId: string | null;
                            activityId: string | null;
                            indicator: string | null;
                            unit: string | null;
                            group: string | null;
                            period: string | null;
                        };
                        resolved: boolean;
                        resolvedAt: string | null;
                        resolvedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            displayName: string;
                        } | null;
                        comments: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            threadId: string | null;
                            author: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                displayName: string;
                            };
                            asUnion: {
                                code: string;
                                name: string;
                            } | null;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            edited: boolean;
                            editedAt: string | null;
                            /** Format: date-time */
                            editableUntil: string;
                            mentions: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                displayName: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reopenCommentThread: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        subject: {
                            kind: "goal" | "target" | "activity" | "figure";
                            goalId: string | null;
                            targetId: string | null;
                            activityId: string | null;
                            indicator: string | null;
                            unit: string | null;
                            group: string | null;
                            period: string | null;
                        };
                        resolved: boolean;
                        resolvedAt: string | null;
                        resolvedBy: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            displayName: string;
                        } | null;
                        comments: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            threadId: string | null;
                            author: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                displayName: string;
                            };
                            asUnion: {
                                code: string;
                                name: string;
                            } | null;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            edited: boolean;
                            editedAt: string | null;
                            /** Format: date-time */
                            editableUntil: string;
                            mentions: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                displayName: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query: {
                unreadOnly: boolean;
                page: number;
                pageSize: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Unread first, then newest first */
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            /** @description What happened, e.g. cycle_opened, due_soon, overdue, mentioned, report_returned */
                            kind: string;
                            title: string;
                            body: string;
                            link: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            readAt: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                        /** @description Unread messages in the whole inbox */
                        unread: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path: {
                /** @description UUID of the thing */
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUID of the thing
                         */
                        id: string;
                        /** @description What happened, e.g. cycle_opened, due_soon, overdue, mentioned, report_returned */
                        kind: string;
                        title: string;
                        body: string;
                        link: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        readAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why the change is made, recorded with every row it changes; required for a value in a submitted, approved or closed report. Raw UTF-8, percent-encoded UTF-8 or an RFC 8187 ext-value (UTF-8''Sk%C3%A4rpt%20m%C3%A5l). A `reason` in the JSON body takes precedence. */
                "x-change-reason"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Messages marked read now */
                        marked: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOutbox: {
        parameters: {
            query: {
                unsentOnly: boolean;
                page: number;
                pageSize: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Newest first */
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            id: string;
                            to: string;
                            subject: string;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            sentAt: string | null;
                            attempts: number;
                            lastError: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                        /** @description Whether queued email is sent; without SMTP it stays here */
                        smtpConfigured: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOverdueReports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Calendar date, YYYY-MM-DD
                         */
                        today: string;
                        /** @description Most overdue first */
                        items: {
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            cycleId: string;
                            /**
                             * Format: uuid
                             * @description UUID of the thing
                             */
                            unitReportId: string;
                            plan: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                code: string;
                                name: string;
                            };
                            period: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                code: string;
                            };
                            unit: {
                                /**
                                 * Format: uuid
                                 * @description UUID of the thing
                                 */
                                id: string;
                                code: string;
                                name: string;
                            };
                            state: "open" | "returned";
                            /**
                             * Format: date
                             * @description Calendar date, YYYY-MM-DD
                             */
                            dueOn: string;
                            /** @description Calendar days since dueOn, Europe/Stockholm */
                            daysOverdue: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}

import { daysBetween, type ReminderStep } from '@planpuls/domain';

export interface ReportSubject {
  planName: string;
  periodCode: string;
  unitName: string;
  dueOn: string;
}

export interface ReminderMessage {
  kind: string;
  title: string;
  body: string;
}

/** What HR reads, in Swedish, for each step. */
export function reminderMessage(step: ReminderStep, report: ReportSubject, today: string): ReminderMessage {
  const what = `${report.planName}, ${report.periodCode}`;
  switch (step) {
    case 'opened':
      return {
        kind: 'cycle_opened',
        title: `Rapporteringen för ${report.periodCode} har öppnat`,
        body: `Rapporteringen för ${what} har öppnat för ${report.unitName}. Lämna in senast ${report.dueOn}.`,
      };
    case 'due_soon': {
      const left = daysBetween(today, report.dueOn);
      const when = left === 0 ? 'i dag' : left === 1 ? 'i morgon' : `om ${left} dagar`;
      return {
        kind: 'due_soon',
        title: `Påminnelse: lämna in senast ${report.dueOn}`,
        body: `${report.unitName} har ännu inte lämnat in rapporten för ${what}. Sista dag är ${report.dueOn} (${when}).`,
      };
    }
    case 'overdue':
      return {
        kind: 'overdue',
        title: `Försenad rapport: ${report.unitName}, ${report.periodCode}`,
        body: `Rapporten för ${report.unitName} i ${what} skulle ha lämnats in senast ${report.dueOn} och är nu försenad. Lämna in den så snart som möjligt.`,
      };
  }
}

import type { Notice } from '../notifications/notify';

export interface DecidedReport {
  unitName: string;
  periodCode: string;
}

/** What HR reads, in Swedish, when the steering group approves or returns their unit's report. */
export function decisionMessage(
  decision: 'approve' | 'return',
  report: DecidedReport,
  comment?: string,
): Pick<Notice, 'kind' | 'title' | 'body'> {
  const what = `${report.unitName}, ${report.periodCode}`;
  if (decision === 'approve')
    return {
      kind: 'report_approved',
      title: `Rapporten är godkänd: ${what}`,
      body: `Styrgruppen har godkänt rapporten för ${what}. Värdena ändras nu bara med en angiven anledning.`,
    };
  return {
    kind: 'report_returned',
    title: `Rapporten har skickats tillbaka: ${what}`,
    body: `Styrgruppen har skickat tillbaka rapporten för ${what} för komplettering: ”${comment ?? ''}” Rätta värdena och lämna in rapporten igen.`,
  };
}

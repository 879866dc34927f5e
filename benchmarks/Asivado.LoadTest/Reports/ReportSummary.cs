using System.Globalization;
using System.Text;

namespace Asivado.LoadTest.Reports;

/// <summary>The report's summary: the run, the organisation, intake, escalations.</summary>
internal static class ReportSummary
{
    public static void Append(StringBuilder html, RunResults results)
    {
        Html.Heading(html, "Summary");
        var host = results.HostInfo;
        var organisation = results.Organisation;
        Html.Table(html, "summary",
        [
            ("Scenario", results.Scenario),
            ("Started", results.StartedAt.ToString("u", CultureInfo.InvariantCulture)),
            ("Host", $"{host.Mode}, {host.Address}" + (host.DatabaseName is { } database ? $", database {database}" : "")),
            ("Host settings", host.Settings.Count == 0 ? "none" : string.Join(", ", host.Settings)),
            ("Intake (s), warm-up / drain", $"{Svg.Number(results.DurationSeconds)}, {Svg.Number(results.WarmupSeconds)} / {Svg.Number(results.DrainSeconds)}; intake started at {Svg.Number(Math.Round(results.IntakeStartSeconds, 1))} s"),
            ("Organisation", $"{organisation.Departments} departments × ({organisation.AgentsPerDepartment} agents + {organisation.LeadsPerDepartment} leads){(organisation.Manager ? " + 1 manager" : "")} = {organisation.People} people"),
            ("Policies, overrides, ladder", $"{string.Join(", ", organisation.Policies)}; {(organisation.Overrides.Count == 0 ? "no overrides" : string.Join(", ", organisation.Overrides))}; {organisation.Escalation}"),
            ("Intake sent / created / shed / errors", $"{results.Intake.Sent} / {results.Intake.Created} / {results.Intake.Shed} / {results.Intake.Errors}"),
            ("Intake throughput (/s), after warm-up", Svg.Number(Math.Round(results.Intake.ThroughputPerSecond, 1))),
            ("Intake errors by reason", Html.Counts(results.Intake.ErrorsByReason)),
        ]);
        Html.PercentileTable(html, "percentiles",
        [
            ("Intake latency", results.Intake.Latency),
            ("Escalation lateness", results.Escalations.Lateness),
            ("Console connect", results.Consoles.ConnectLatency),
        ]);
        var escalations = results.Escalations;
        Html.Table(html, "totals",
        [
            ("Escalations received / cases escalated", $"{escalations.Received} / {escalations.CasesEscalated}"),
            ("Escalations by level", Html.Counts(escalations.ByLevel)),
            ("Expected breaches delivered / expected", $"{escalations.ExpectedDeliveries - escalations.MissingDeliveries} / {escalations.ExpectedDeliveries}"),
            ("Lost (sequence gaps + missing)", $"{escalations.Lost} ({escalations.SequenceGaps} + {escalations.MissingDeliveries})"),
            ("Cases never escalated", Html.Count(escalations.CasesNeverEscalated)),
            ("Not due in time to check / without a due instant / early", $"{escalations.NotDueInTime} / {escalations.WithoutDueInstant} / {escalations.Early}"),
        ]);
        Html.Note(html, "Intake latency runs from each request's intended start (open loop). Escalation lateness is arrival at the console minus the step's due instant (stepDueAt; dueAt for a breach), on this machine's clock.");
    }
}

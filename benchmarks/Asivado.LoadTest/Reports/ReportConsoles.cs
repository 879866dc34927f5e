using System.Text;

namespace Asivado.LoadTest.Reports;

/// <summary>The report's console section: connecting, drops, what the feeds received.</summary>
internal static class ReportConsoles
{
    public static void Append(StringBuilder html, RunResults results)
    {
        var consoles = results.Consoles;
        Html.Heading(html, "Consoles");
        Html.Table(html, "consoles",
        [
            ("Requested / connected / failed", $"{consoles.Requested} / {consoles.Connected} / {consoles.Failed}"),
            ("Connect phase (s)", Svg.Number(Math.Round(consoles.ConnectSeconds, 2))),
            ("Dropped / reconnected", $"{consoles.Disconnected} / {consoles.Reconnected}"),
            ("Failures by reason", Html.Counts(consoles.FailuresByReason)),
            ("Pushes applied", Html.Count(consoles.Pushes)),
            ("Pushes by kind", Html.Counts(consoles.PushesByKind)),
            ("Duplicates dropped / sequence gaps / malformed", $"{consoles.Duplicates} / {consoles.SequenceGaps} / {consoles.Malformed}"),
            ("Escalations acknowledged / failed", $"{consoles.Acknowledged} / {consoles.AcknowledgeFailures}"),
        ]);
        Html.Note(html, "One console per person, each with its own token (sub = agentId): every lead first, then agents, then the manager. Each resumes its agent's feed on connect; sequences are per agent and gap-free on the host.");
    }
}

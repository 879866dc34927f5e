using System.Globalization;
using Asivado.Grains.Runtime.Reminders;

namespace Asivado.Runtime.Benchmarks.Reminders;

/// <summary>Arguments of the <c>reminders</c> runner mode.</summary>
internal sealed record ReminderRunArguments(int Count, double SpreadSeconds, double LeadSeconds, double LookAheadSeconds, ReminderServiceMode Mode, double PollIntervalSeconds)
{
    public const string Usage = "usage: reminders [--count 1000000] [--spread-seconds 60] [--lead-seconds 20] [--look-ahead-seconds 60] [--mode exact|polling] [--poll-interval-seconds 60]";

    public static ReminderRunArguments Parse(IReadOnlyList<string> args)
    {
        var count = 1_000_000;
        var spread = 60.0;
        var lead = 20.0;
        var lookAhead = 60.0;
        var mode = ReminderServiceMode.Exact;
        var pollInterval = 60.0;
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{args[i]} needs a value. {Usage}", nameof(args));
            }

            var value = args[i + 1];
            switch (args[i])
            {
                case "--count":
                    count = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--spread-seconds":
                    spread = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--lead-seconds":
                    lead = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--look-ahead-seconds":
                    lookAhead = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--mode":
                    mode = value switch
                    {
                        "exact" => ReminderServiceMode.Exact,
                        "polling" => ReminderServiceMode.Polling,
                        _ => throw new ArgumentException($"--mode is exact or polling, not {value}. {Usage}", nameof(args)),
                    };
                    break;
                case "--poll-interval-seconds":
                    pollInterval = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}. {Usage}", nameof(args));
            }
        }

        if (count <= 0 || spread <= 0 || lead < 0 || lookAhead <= 0 || pollInterval <= 0)
        {
            throw new ArgumentException($"--count, --spread-seconds, --look-ahead-seconds and --poll-interval-seconds must be positive, --lead-seconds not negative. {Usage}", nameof(args));
        }

        return new ReminderRunArguments(count, spread, lead, lookAhead, mode, pollInterval);
    }

    public ReminderServiceOptions ToOptions() => new()
    {
        Mode = Mode,
        LookAhead = TimeSpan.FromSeconds(LookAheadSeconds),
        PollInterval = TimeSpan.FromSeconds(PollIntervalSeconds),
    };
}

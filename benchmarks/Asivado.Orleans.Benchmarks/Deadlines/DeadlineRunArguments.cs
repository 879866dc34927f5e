using System.Globalization;

namespace Asivado.Orleans.Benchmarks.Deadlines;

/// <summary>Arguments of the <c>deadlines</c> runner mode (benchmarks/README.md, "Deadline service").</summary>
internal sealed record DeadlineRunArguments(int Count, int Rate, double FireSeconds, double LeadSeconds, double LookAheadSeconds, string Table, string? Postgres, int Concurrency)
{
    public const string Usage = "usage: deadlines [--count 1000000] [--rate 1000] [--fire-seconds 60] [--lead-seconds 20] [--look-ahead-seconds 60] [--table memory|postgresql] [--postgres <connection string>] [--concurrency 256]";

    /// <summary>The deadlines that fall due during the run: <see cref="Rate"/> a second for <see cref="FireSeconds"/>.</summary>
    public int NearCount => (int)Math.Min(Count, Math.Round(Rate * FireSeconds));

    public static DeadlineRunArguments Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        int count = 1_000_000, rate = 1_000, concurrency = 256;
        double fire = 60, lead = 20, lookAhead = 60;
        var table = "memory";
        var postgres = environment("ASIVADO_BENCH_POSTGRES") ?? environment("ASIVADO_TEST_POSTGRES");
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{args[i]} needs a value. {Usage}", nameof(args));
            }

            var value = args[i + 1];
            switch (args[i])
            {
                case "--count": count = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--rate": rate = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--fire-seconds": fire = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--lead-seconds": lead = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--look-ahead-seconds": lookAhead = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--concurrency": concurrency = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--postgres": postgres = value; break;
                case "--table":
                    table = value is "memory" or "postgresql" ? value : throw new ArgumentException($"--table is memory or postgresql, not {value}. {Usage}", nameof(args));
                    break;
                default: throw new ArgumentException($"Unknown option {args[i]}. {Usage}", nameof(args));
            }
        }

        if (count <= 0 || rate <= 0 || fire <= 0 || lead < 0 || lookAhead <= 0 || concurrency <= 0)
        {
            throw new ArgumentException($"--count, --rate, --fire-seconds, --look-ahead-seconds and --concurrency must be positive, --lead-seconds not negative. {Usage}", nameof(args));
        }

        if (table == "postgresql" && string.IsNullOrWhiteSpace(postgres))
        {
            throw new ArgumentException($"--table postgresql needs --postgres or ASIVADO_BENCH_POSTGRES (scripts/ensure-postgres.sh prints one). {Usage}", nameof(args));
        }

        return new DeadlineRunArguments(count, rate, fire, lead, lookAhead, table, table == "postgresql" ? postgres : null, concurrency);
    }
}

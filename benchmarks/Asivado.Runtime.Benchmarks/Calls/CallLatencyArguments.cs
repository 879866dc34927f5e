using System.Globalization;

namespace Asivado.Runtime.Benchmarks.Calls;

/// <summary>Arguments of the <c>call-latency</c> runner mode.</summary>
internal sealed record CallLatencyArguments(int Rate, double Seconds, int Grains, int Drivers, double WarmUpSeconds, bool Spin)
{
    public const string Usage = "usage: call-latency [--rate 500000] [--seconds 20] [--grains 1000] [--drivers 2] [--warm-up-seconds 5] [--wait yield|spin]";

    public static CallLatencyArguments Parse(IReadOnlyList<string> args)
    {
        var rate = 500_000;
        var seconds = 20.0;
        var grains = 1_000;
        var drivers = 2;
        var warmUp = 5.0;
        var spin = false;
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{args[i]} needs a value. {Usage}", nameof(args));
            }

            var value = args[i + 1];
            switch (args[i])
            {
                case "--rate":
                    rate = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--seconds":
                    seconds = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--grains":
                    grains = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--drivers":
                    drivers = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--warm-up-seconds":
                    warmUp = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--wait" when value is "yield" or "spin":
                    spin = value == "spin";
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}. {Usage}", nameof(args));
            }
        }

        if (rate <= 0 || seconds <= 0 || grains <= 0 || drivers <= 0 || warmUp < 0)
        {
            throw new ArgumentException($"--rate, --seconds, --grains and --drivers must be positive, --warm-up-seconds not negative. {Usage}", nameof(args));
        }

        return new CallLatencyArguments(rate, seconds, grains, drivers, warmUp, spin);
    }
}

using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Asivado.Domain.Calendars;
using Asivado.Domain.Cases;
using Asivado.Domain.Deadlines;
using Asivado.Domain.Policies;
using Asivado.Domain.Serialization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Asivado.Domain.Benchmarks;

/// <summary>
/// Writing instants as the intake path does (the grain state and the intake's answer): the hand-written
/// InstantJsonConverter in DomainJson.Options against NodaTime.Serialization.SystemTextJson's InstantConverter
/// (the same ExtendedIso text, checked in the domain tests). "state" is what a new e-mail case persists: its
/// CaseState and its four deadline clocks with their computed deadlines; "instants" is 64 bare instants.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class InstantJsonBenchmarks
{
    private static readonly JsonSerializerOptions Library = CreateLibraryOptions();

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private object _state = null!;
    private Instant[] _instants = null!;

    [GlobalSetup]
    public void Setup()
    {
        var calendars = new CalendarCatalog();
        var weekdays = new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday };
        var calendar = calendars.Publish(new BusinessCalendarDefinition(
            "typical",
            1,
            "Europe/London",
            [.. weekdays.Select(d => new OpeningInterval(d, new LocalTime(9, 0), new LocalTime(17, 0)))],
            []));
        var calculator = new DeadlineCalculator(PolicyCatalog.WithDefaults(), calendars);
        var received = Instant.FromUtc(2026, 1, 5, 8, 0, 12).PlusNanoseconds(345_678_900);
        var clocks = new[]
        {
            calculator.StartClock("acknowledge", received, DefaultPolicies.CustomerServiceStandard.Reference, calendar.Reference),
            calculator.StartClock("refer", received, DefaultPolicies.CustomerServiceStandard.Reference, calendar.Reference),
            calculator.StartClock("respond", received, DefaultPolicies.CustomerServiceStandard.Reference, calendar.Reference),
            calculator.StartClock("reply-written", received, DefaultPolicies.Ancs12356.Reference, calendar.Reference),
        };
        _state = new
        {
            state = CaseLifecycle.Receive("C-260105-0123456789", Channel.Email, CaseKind.Question, received),
            clocks,
            deadlines = clocks.Select(calculator.Compute).ToArray(),
        };

        var random = new Random(16);
        _instants = [.. Enumerable.Range(0, 64).Select(_ => received.PlusNanoseconds(random.NextInt64(0, 30L * 86_400 * 1_000_000_000)))];
    }

    [Benchmark(Baseline = true, Description = "state, InstantJsonConverter")]
    public int StateHandWritten() => Write(_state, DomainJson.Options);

    [Benchmark(Description = "state, NodaTime.Serialization InstantConverter")]
    public int StateLibrary() => Write(_state, Library);

    [Benchmark(Description = "64 instants, InstantJsonConverter")]
    public int InstantsHandWritten() => Write(_instants, DomainJson.Options);

    [Benchmark(Description = "64 instants, NodaTime.Serialization InstantConverter")]
    public int InstantsLibrary() => Write(_instants, Library);

    private int Write<T>(T value, JsonSerializerOptions options)
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        JsonSerializer.Serialize(writer, value, options);
        return _buffer.WrittenCount;
    }

    /// <summary>DomainJson's converters with the library's InstantConverter ahead of them (the first match wins).</summary>
    private static JsonSerializerOptions CreateLibraryOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        options.Converters.Add(NodaConverters.InstantConverter);
        options.AddDomainConverters();
        options.MakeReadOnly();
        return options;
    }
}

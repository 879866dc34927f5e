using NodaTime;

namespace Asivado.Domain.Calendars;

/// <summary>A half-open span of instants [Start, End).</summary>
public readonly record struct OpenSpan(Instant Start, Instant End)
{
    public Duration Length => End - Start;
}

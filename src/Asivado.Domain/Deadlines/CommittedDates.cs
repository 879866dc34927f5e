using System.Collections.Immutable;
using NodaTime;

namespace Asivado.Domain.Deadlines;

/// <summary>
/// A date promised on the wall clock (a referral's committed date): every second counts, except while the case waits
/// on the customer. The pause rule is the policy clocks' rule (<see cref="DeadlineCalculator.Pause"/>): paused time
/// never counts, the date is unknown while paused, and on resume it moves later by exactly the time paused.
/// </summary>
public static class CommittedDates
{
    /// <summary>The committed date moved by every closed pause; null while a pause is open.</summary>
    public static Instant? DueAt(Instant committed, ImmutableArray<PausePeriod> pauses)
    {
        if (pauses.IsDefaultOrEmpty)
        {
            return committed;
        }

        if (pauses[^1].End is null)
        {
            return null;
        }

        var paused = Duration.Zero;
        foreach (var pause in pauses)
        {
            // Only a pause that began before the date moved so far could still hold it up.
            if (pause.Start < committed + paused)
            {
                paused += pause.End!.Value - pause.Start;
            }
        }

        return committed + paused;
    }

    public static bool IsPaused(ImmutableArray<PausePeriod> pauses) => !pauses.IsDefaultOrEmpty && pauses[^1].End is null;

    public static ImmutableArray<PausePeriod> Pause(ImmutableArray<PausePeriod> pauses, Instant at, string reason)
    {
        if (IsPaused(pauses))
        {
            throw new InvalidOperationException($"The committed date is already paused since {pauses[^1].Start}.");
        }

        return (pauses.IsDefault ? [] : pauses).Add(new PausePeriod(at, null, reason));
    }

    public static ImmutableArray<PausePeriod> Resume(ImmutableArray<PausePeriod> pauses, Instant at)
    {
        if (!IsPaused(pauses))
        {
            throw new InvalidOperationException("The committed date is not paused.");
        }

        var open = pauses[^1];
        if (at < open.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"Resume cannot be before the pause started ({open.Start}).");
        }

        return pauses.SetItem(pauses.Length - 1, open with { End = at });
    }
}

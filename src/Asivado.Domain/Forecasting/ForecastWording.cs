using NodaTime;

namespace Asivado.Domain.Forecasting;

/// <summary>The words of a forecast's "why".</summary>
internal static class ForecastWording
{
    /// <summary>"40 min", "1 h", "2 h 5 min", "less than 1 min".</summary>
    public static string Minutes(Duration duration)
    {
        var minutes = (long)Math.Round(duration.TotalMinutes);
        if (minutes < 1)
        {
            return "less than 1 min";
        }

        var (hours, rest) = (minutes / 60, minutes % 60);
        return hours == 0 ? $"{rest} min" : rest == 0 ? $"{hours} h" : $"{hours} h {rest} min";
    }

    public static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";

    public static string Margin(Instant finish, Instant due) =>
        finish > due
            ? $"finishes {Minutes(finish - due)} after it is due"
            : $"finishes {Minutes(due - finish)} before it is due";
}

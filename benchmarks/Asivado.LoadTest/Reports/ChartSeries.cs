namespace Asivado.LoadTest.Reports;

public readonly record struct ChartPoint(double X, double Y);

/// <summary>One line of a line chart; <see cref="Color"/> is a CSS color literal chosen by the code, never user input.</summary>
public sealed record ChartSeries(string Name, string Color, IReadOnlyList<ChartPoint> Points);

namespace Asivado.Gateway.Hardening;

/// <summary>"Cors": the origins allowed to call the API and the hub from a browser (none by default: the console is same-origin).</summary>
public sealed class ConsoleCorsOptions
{
    public const string SectionName = "Cors";

    public string[] ConsoleOrigins { get; set; } = [];
}

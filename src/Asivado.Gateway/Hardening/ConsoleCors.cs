namespace Asivado.Gateway.Hardening;

/// <summary>
/// One CORS policy for every endpoint: only "Cors:ConsoleOrigins", with credentials (the hub's negotiate and
/// long polling carry the token). With none configured, cross-origin browsers get no CORS headers at all.
/// </summary>
public static class ConsoleCors
{
    public const string PolicyName = "console";

    internal static IHostApplicationBuilder AddConsoleCors(this IHostApplicationBuilder builder)
    {
        var settings = new ConsoleCorsOptions();
        builder.Configuration.GetSection(ConsoleCorsOptions.SectionName).Bind(settings);
        var origins = settings.ConsoleOrigins.Where(origin => !string.IsNullOrWhiteSpace(origin)).Select(origin => origin.Trim().TrimEnd('/')).ToArray();
        if (origins.Contains("*", StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"{ConsoleCorsOptions.SectionName}:ConsoleOrigins: name each origin; \"*\" is not allowed with credentials.");
        }

        builder.Services.AddCors(options => options.AddPolicy(PolicyName, policy =>
        {
            policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().AllowCredentials();
        }));
        return builder;
    }

    internal static IApplicationBuilder UseConsoleCors(this IApplicationBuilder app) => app.UseCors(PolicyName);
}

using System.Diagnostics;

namespace Asivado.Gateway.Hardening;

internal static class IntakeMetrics
{
    internal static IApplicationBuilder UseIntakeMetrics(this IApplicationBuilder app)
    {
        var metrics = app.ApplicationServices.GetRequiredService<GatewayMetrics>();
        return app.Use(async (context, next) =>
        {
            if (!IntakeRateLimit.IsIntake(context.Request))
            {
                await next(context);
                return;
            }

            var start = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                metrics.RecordIntake(context.Response.StatusCode, start);
            }
        });
    }
}

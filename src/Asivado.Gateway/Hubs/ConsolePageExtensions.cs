using Microsoft.Extensions.FileProviders;

namespace Asivado.Gateway.Hubs;

/// <summary>
/// Serves the agent console page (wwwroot/console/, at /console/) and the official SignalR JavaScript client
/// at /lib/signalr/ from the npm package's dist/browser folder (ConsoleClient/node_modules, installed by
/// ConsoleClient.targets before build). Without it the page says the client library is missing.
/// </summary>
public static class ConsolePageExtensions
{
    public const string PagePath = "/console";

    public const string ClientLibraryPath = "/lib/signalr";

    public static WebApplication UseConsolePage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((context, next) =>
        {
            if (string.Equals(context.Request.Path.Value, PagePath, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Redirect(PagePath + "/");
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        var library = FindClientLibrary(app.Environment.ContentRootPath, AppContext.BaseDirectory);
        if (library is null)
        {
            app.Logger.ConsoleClientLibraryMissing();
        }
        else
        {
            app.UseStaticFiles(new StaticFileOptions { RequestPath = ClientLibraryPath, FileProvider = new PhysicalFileProvider(library) });
        }

        return app;
    }

    /// <summary>The folder holding signalr.min.js: the npm package under the content root, or the copy in the build output.</summary>
    public static string? FindClientLibrary(string contentRoot, string baseDirectory)
    {
        string[] candidates =
        [
            Path.Combine(contentRoot, "ConsoleClient", "node_modules", "@microsoft", "signalr", "dist", "browser"),
            Path.Combine(baseDirectory, "ConsoleClient", "signalr"),
        ];
        return candidates.FirstOrDefault(folder => File.Exists(Path.Combine(folder, "signalr.min.js")));
    }
}

using Microsoft.Playwright;

namespace Asivado.Console.Tests.Support;

/// <summary>
/// Debian's chromium, launched by Playwright (no browser download works here). When it is not installed the
/// tests fail, saying how to install it: they never skip.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not been launched.");

    /// <exception cref="InvalidOperationException">No executable at <paramref name="path"/>; the message says to run scripts/ensure-chromium.sh.</exception>
    public static void RequireInstalled(string path = ExecutablePath)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {path}: run scripts/ensure-chromium.sh (it installs Debian's chromium with apt), then run the tests again.");
        }
    }

    public async Task InitializeAsync()
    {
        RequireInstalled();
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

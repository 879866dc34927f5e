using System.Diagnostics;
using System.Reflection;

namespace Asivado.Durability.Gateway;

/// <summary>
/// Where the built gateway is: the path the project file baked into this assembly (the gateway's own
/// Release or Debug output, built before this assembly through a project reference). Builds it when missing.
/// </summary>
public static class GatewayBuild
{
    private const string AssemblyPathKey = "GatewayAssemblyPath";
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim BuildLock = new(1, 1);

    public static string AssemblyPath =>
        typeof(GatewayBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == AssemblyPathKey)?.Value
        ?? throw new InvalidOperationException($"This assembly has no [AssemblyMetadata(\"{AssemblyPathKey}\")]; its project file must set it.");

    /// <summary>The gateway's dll, built with `dotnet build` first if it is not there.</summary>
    public static async Task<string> EnsureBuiltAsync(CancellationToken cancellationToken = default)
    {
        var path = AssemblyPath;
        if (File.Exists(path))
        {
            return path;
        }

        await BuildLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!File.Exists(path))
            {
                await BuildAsync(path, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            BuildLock.Release();
        }

        return path;
    }

    private static async Task BuildAsync(string assemblyPath, CancellationToken cancellationToken)
    {
        // .../src/Asivado.Gateway/bin/{Configuration}/{TargetFramework}/Asivado.Gateway.dll
        var outputFolder = new DirectoryInfo(Path.GetDirectoryName(assemblyPath)!);
        var configuration = outputFolder.Parent!.Name;
        var projectFolder = outputFolder.Parent.Parent!.Parent!.FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "build", Path.Combine(projectFolder, "Asivado.Gateway.csproj"), "-c", configuration, "--nologo", "-v", "quiet" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var build = Process.Start(start) ?? throw new InvalidOperationException("dotnet build did not start.");
        var output = build.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = build.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(BuildTimeout);
        await build.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        if (build.ExitCode != 0 || !File.Exists(assemblyPath))
        {
            throw new InvalidOperationException(
                $"Building the gateway failed (exit code {build.ExitCode}); {assemblyPath} is missing.\n{await output.ConfigureAwait(false)}\n{await errors.ConfigureAwait(false)}");
        }
    }
}

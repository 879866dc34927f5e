using Microsoft.Extensions.Logging;

namespace Asivado.Grains.Runtime.Diagnostics;

/// <summary>The runtime's log messages; see RuntimeLog.Log.cs.</summary>
internal sealed partial class RuntimeLog
{
    private readonly ILogger _logger;

    public RuntimeLog(ILogger logger)
    {
        _logger = logger;
    }
}

using Asivado.Orleans.Persistence.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;

namespace Asivado.Orleans.Persistence.Hosting;

public static class MemoryGrainStateSiloBuilderExtensions
{
    /// <summary>
    /// Orleans' memory grain storage as the default, writing state as <see cref="GrainStateJsonOptions"/> JSON (as the
    /// PostgreSQL provider does), and keyed collections in process memory: the embedded default and tests. The memory
    /// storage's Trace entries are dropped: they print the whole state (customers' names, e-mail addresses, phone
    /// numbers), and no personal data is logged at any level.
    /// </summary>
    public static ISiloBuilder AddMemoryGrainState(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddKeyedGrainCollections();
        builder.AddMemoryGrainStorageAsDefault(options => options.Configure<IOptions<GrainStateJsonOptions>>(
            (memory, json) => memory.GrainStorageSerializer = new GrainStateJsonSerializer(json)));
        builder.Services.TryAddSingleton<ILogger<MemoryGrainStorage>>(
            static provider => new NoTraceLogger<MemoryGrainStorage>(provider.GetRequiredService<ILoggerFactory>().CreateLogger<MemoryGrainStorage>()));
        return builder;
    }

    /// <summary>A logger that passes on every entry above Trace.</summary>
    private sealed class NoTraceLogger<T>(ILogger inner) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel > LogLevel.Trace && inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel > LogLevel.Trace)
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
            }
        }
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Asivado.Gateway.Tests.Hardening.Support;

/// <summary>Every log entry of a host, as text: category, formatted message, each structured property, scopes and exception.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private void Add(string entry) => _entries.Enqueue(entry);

    private sealed class CapturingLogger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string> { $"{logLevel} {category} [{eventId}] {formatter(state, exception)}" };
            if (state is IEnumerable<KeyValuePair<string, object?>> properties)
            {
                parts.AddRange(properties.Select(pair => $"{pair.Key}={pair.Value}"));
            }

            owner._scopes.ForEachScope((scope, list) =>
            {
                list.Add($"scope: {scope}");
                if (scope is IEnumerable<KeyValuePair<string, object?>> scopeProperties)
                {
                    list.AddRange(scopeProperties.Select(pair => $"{pair.Key}={pair.Value}"));
                }
            }, parts);
            if (exception is not null)
            {
                parts.Add(exception.ToString());
            }

            owner.Add(string.Join(" | ", parts));
        }
    }
}

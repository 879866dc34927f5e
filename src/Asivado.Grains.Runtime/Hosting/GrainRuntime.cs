using System.Collections.Concurrent;
using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Catalog;
using Asivado.Grains.Runtime.Diagnostics;
using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Invocation;
using Asivado.Grains.Runtime.Reminders;
using Asivado.Grains.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Asivado.Grains.Runtime.Hosting;

/// <summary>
/// The runtime of this process: the catalog of activations, the registry of grain classes, and the path
/// every call takes. Calls made before start wait for it; calls after stop fail.
/// </summary>
internal sealed class GrainRuntime : IDisposable
{
    private const int Created = 0;
    private const int Running = 1;
    private const int Stopped = 2;

    private readonly ConcurrentDictionary<Type, GrainInterfaceInfo> _interfaces = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile int _status;

    public GrainRuntime(IOptions<GrainRuntimeOptions> options, TimeProvider time, IServiceProvider services, IGrainStorage storage, ILoggerFactory loggerFactory, System.Diagnostics.Metrics.IMeterFactory meterFactory)
    {
        Options = options.Value;
        Options.Validate();
        Time = time;
        Services = services;
        Storage = storage;
        Log = new RuntimeLog(loggerFactory.CreateLogger("Asivado.Grains.Runtime"));
        Metrics = new GrainRuntimeMetrics(meterFactory);
        Registry = new GrainClassRegistry(Options.GrainClasses);
        Catalog = new ActivationCatalog(this);
        GrainFactory = new GrainFactory(this);
    }

    public GrainRuntimeOptions Options { get; }

    public TimeProvider Time { get; }

    public IServiceProvider Services { get; }

    public IGrainStorage Storage { get; }

    public RuntimeLog Log { get; }

    public GrainRuntimeMetrics Metrics { get; }

    public GrainClassRegistry Registry { get; }

    public ActivationCatalog Catalog { get; }

    public GrainFactory GrainFactory { get; }

    public PendingWorkTracker Work { get; } = new();

    /// <exception cref="InvalidOperationException">No IReminderService is registered.</exception>
    public IReminderService Reminders => Services.GetService<IReminderService>()
        ?? throw new InvalidOperationException("No IReminderService is registered; reminders need AddReminderService (AddGrainRuntime adds it).");

    public GrainInterfaceInfo GetInterface(Type interfaceType) => _interfaces.GetOrAdd(interfaceType, GrainInterfaceInfo.Create);

    public void Start()
    {
        Catalog.StartCollection();
        _status = Running;
        _started.TrySetResult();
        Log.Started(Options.GrainClasses.Count);
    }

    public async Task StopAsync()
    {
        _status = Stopped;
        _started.TrySetException(new InvalidOperationException("The grain runtime stopped before it started."));
        Catalog.Dispose();
        await Catalog.DeactivateAllAsync().ConfigureAwait(false);
        Log.Stopped();
    }

    /// <summary>The path of every call from a grain reference.</summary>
    public ValueTask<TResult> InvokeAsync<TResult>(GrainReferenceProxy proxy, MethodDescriptor<TResult> method, object?[]? args)
    {
        if (_status != Running)
        {
            return new ValueTask<TResult>(InvokeWhenStartedAsync(proxy, method, args));
        }

        var activation = proxy.CachedActivation;
        if (activation is null || !activation.IsValid)
        {
            proxy.CachedActivation = activation = Catalog.GetOrCreate(proxy.GrainId, proxy.GrainClass);
        }

        if (!activation.TryEnterInline(method.Flags))
        {
            var queued = new GrainRequest<TResult>(this, proxy.GrainId, method.Name, method.Flags, method.Invoker, args);
            Dispatch(queued, activation);
            return new ValueTask<TResult>(queued.Task);
        }

        var start = Metrics.StartTimestamp();
        ValueTask<TResult> pending;
        try
        {
            pending = method.Invoker(activation.Grain, args);
        }
        catch (Exception ex)
        {
            activation.ExitTurn(method.Flags, ex);
            Metrics.RecordCall(start);
            return ValueTask.FromException<TResult>(ex);
        }

        if (pending.IsCompletedSuccessfully)
        {
            activation.ExitTurn(method.Flags, error: null);
            Metrics.RecordCall(start);
            return pending;
        }

        if (pending.IsCompleted)
        {
            var failed = pending.AsTask();
            activation.ExitTurn(method.Flags, failed.Exception?.InnerException);
            Metrics.RecordCall(start);
            return new ValueTask<TResult>(failed);
        }

        var running = new GrainRequest<TResult>(this, proxy.GrainId, method.Name, method.Flags, method.Invoker, args) { Activation = activation };
        return new ValueTask<TResult>(running.AttachRunning(pending));
    }

    /// <summary>Sends a request built by the runtime itself (a reminder delivery) to a grain.</summary>
    public Task<TResult> SendAsync<TResult>(GrainId grainId, string methodName, RequestFlags flags, Func<object, object?[]?, ValueTask<TResult>> invoker)
    {
        if (_status != Running)
        {
            return Task.FromException<TResult>(new InvalidOperationException($"The grain runtime is not running; {methodName} for grain {grainId} was not delivered."));
        }

        var request = new GrainRequest<TResult>(this, grainId, methodName, flags, invoker, null);
        Dispatch(request);
        return request.Task;
    }

    /// <summary>Queues a request on the grain's current activation, activating it when needed.</summary>
    public void Dispatch(GrainRequest request, ActivationData? activation = null)
    {
        if (_status == Stopped)
        {
            request.Fail(new InvalidOperationException($"The grain runtime is stopping; {request.MethodName} for grain {request.GrainId} was not delivered."));
            return;
        }

        var grainClass = activation?.GrainClass ?? Registry.ForTypeName(request.GrainId.Type)!;
        while (true)
        {
            activation ??= Catalog.GetOrCreate(request.GrainId, grainClass);
            if (activation.Enqueue(request))
            {
                return;
            }

            activation = null;
        }
    }

    public void Dispose()
    {
        Catalog.Dispose();
        Metrics.Dispose();
    }

    private async Task<TResult> InvokeWhenStartedAsync<TResult>(GrainReferenceProxy proxy, MethodDescriptor<TResult> method, object?[]? args)
    {
        if (_status == Stopped)
        {
            throw new InvalidOperationException($"The grain runtime is stopped; {method.Name} on grain {proxy.GrainId} was not called.");
        }

        await _started.Task.ConfigureAwait(false);
        return await InvokeAsync(proxy, method, args).ConfigureAwait(false);
    }
}

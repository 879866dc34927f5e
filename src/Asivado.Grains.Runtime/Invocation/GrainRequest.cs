using Asivado.Grains.Runtime.Catalog;
using Asivado.Grains.Runtime.Identity;

namespace Asivado.Grains.Runtime.Invocation;

/// <summary>
/// A request that could not run inline on the caller's thread: it waits in an activation's queue and runs
/// on the thread pool, or it started inline and its caller now waits for it with a timeout.
/// </summary>
internal abstract class GrainRequest : IThreadPoolWorkItem
{
    protected GrainRequest(GrainId grainId, string methodName, RequestFlags flags)
    {
        GrainId = grainId;
        MethodName = methodName;
        Flags = flags;
    }

    public GrainId GrainId { get; }

    public string MethodName { get; }

    public RequestFlags Flags { get; }

    /// <summary>The activation the request runs on; set when its turn starts.</summary>
    public ActivationData? Activation { get; set; }

    /// <summary>The caller stopped waiting (timeout or failure): a queued request is then dropped.</summary>
    public abstract bool IsAbandoned { get; }

    /// <summary>Completes the caller's task with <paramref name="error"/> without running the request.</summary>
    public abstract void Fail(Exception error);

    /// <summary>Runs the turn; the activation has already counted it as running.</summary>
    public abstract void Execute();
}

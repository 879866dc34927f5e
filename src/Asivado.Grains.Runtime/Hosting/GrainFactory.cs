using System.Globalization;
using System.Reflection;
using Asivado.Grains.Runtime.Abstractions;
using Asivado.Grains.Runtime.Identity;
using Asivado.Grains.Runtime.Invocation;
using Asivado.Grains.Runtime.Observers;

namespace Asivado.Grains.Runtime.Hosting;

/// <inheritdoc />
internal sealed class GrainFactory : IGrainFactory
{
    private readonly GrainRuntime _runtime;

    public GrainFactory(GrainRuntime runtime)
    {
        _runtime = runtime;
    }

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey)
        where TGrainInterface : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(primaryKey);
        return CreateReference<TGrainInterface>(primaryKey);
    }

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey)
        where TGrainInterface : IGrainWithGuidKey
    {
        if (primaryKey == Guid.Empty)
        {
            throw new ArgumentException("A grain key must not be Guid.Empty.", nameof(primaryKey));
        }

        return CreateReference<TGrainInterface>(primaryKey.ToString("N"));
    }

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey)
        where TGrainInterface : IGrainWithIntegerKey =>
        CreateReference<TGrainInterface>(primaryKey.ToString(CultureInfo.InvariantCulture));

    public TObserver CreateObjectReference<TObserver>(TObserver observer)
        where TObserver : class, IGrainObserver
    {
        ArgumentNullException.ThrowIfNull(observer);
        var reference = DispatchProxy.Create<TObserver, ObserverReferenceProxy>();
        ((ObserverReferenceProxy)(object)reference).Initialize(_runtime.GetInterface(typeof(TObserver)), observer);
        return reference;
    }

    public void DeleteObjectReference<TObserver>(TObserver reference)
        where TObserver : class, IGrainObserver
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference is not ObserverReferenceProxy proxy)
        {
            throw new ArgumentException("The object is not a reference made by CreateObjectReference.", nameof(reference));
        }

        proxy.Delete();
    }

    private TGrainInterface CreateReference<TGrainInterface>(string key)
    {
        var grainInterface = _runtime.GetInterface(typeof(TGrainInterface));
        var grainClass = _runtime.Registry.ForInterface(typeof(TGrainInterface));
        var reference = DispatchProxy.Create<TGrainInterface, GrainReferenceProxy>();
        ((GrainReferenceProxy)(object)reference!).Initialize(_runtime, grainInterface, grainClass, new GrainId(grainClass.TypeName, key));
        return reference;
    }
}

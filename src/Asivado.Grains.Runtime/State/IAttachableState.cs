namespace Asivado.Grains.Runtime.State;

/// <summary>A persistent state that logs can ride with.</summary>
internal interface IAttachableState
{
    string StateName { get; }

    void Attach(IAttachedLog log);
}

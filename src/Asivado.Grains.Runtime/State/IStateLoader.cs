namespace Asivado.Grains.Runtime.State;

/// <summary>Lets the runtime load a grain's persistent states before activating it, whatever their type.</summary>
internal interface IStateLoader
{
    Task ReadStateAsync(CancellationToken cancellationToken);
}

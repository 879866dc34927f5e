namespace Asivado.Grains.Runtime.Invocation;

/// <summary>The four return types a grain or observer method may declare.</summary>
internal enum ReturnKind
{
    Task,
    TaskOfT,
    ValueTask,
    ValueTaskOfT,
}

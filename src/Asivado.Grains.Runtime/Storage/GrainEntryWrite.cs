namespace Asivado.Grains.Runtime.Storage;

/// <summary>Entry changes to one keyed collection of a grain, written together with a state record.</summary>
public sealed record GrainEntryWrite(string Name, IReadOnlyList<GrainEntryChange> Changes);

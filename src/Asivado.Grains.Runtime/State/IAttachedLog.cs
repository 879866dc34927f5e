using Asivado.Grains.Runtime.Storage;

namespace Asivado.Grains.Runtime.State;

/// <summary>A log whose staged entries ride with the writes of a state of the same grain.</summary>
internal interface IAttachedLog
{
    string AttachedTo { get; }

    GrainEntryWrite? TakePending();
}

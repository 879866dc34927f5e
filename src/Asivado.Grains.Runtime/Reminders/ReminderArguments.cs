using Asivado.Grains.Runtime.Identity;

namespace Asivado.Grains.Runtime.Reminders;

/// <summary>The argument checks both reminder services make before they touch the table.</summary>
internal static class ReminderArguments
{
    public static void ValidateGrainId(GrainId grainId)
    {
        if (grainId.Type is null)
        {
            throw new ArgumentException("The grain id is the default value; it names no grain.", nameof(grainId));
        }
    }

    public static void ValidateIdentity(GrainId grainId, string name)
    {
        ValidateGrainId(grainId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
    }
}

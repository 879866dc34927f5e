using System.Reflection;
using Asivado.Grains.Runtime.Abstractions;

namespace Asivado.Grains.Runtime.Catalog;

/// <summary>
/// The grain type name of a class: <see cref="GrainTypeAttribute.Name"/> when present, else the class name
/// without a trailing "Grain", in lower case ("CaseGrain" becomes "case", "Inbox" becomes "inbox").
/// </summary>
internal static class GrainTypeNames
{
    private const string Suffix = "Grain";

    public static string Of(Type grainClass)
    {
        var attribute = grainClass.GetCustomAttribute<GrainTypeAttribute>(inherit: false);
        if (attribute is not null)
        {
            return attribute.Name;
        }

        var name = grainClass.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (name.Length > Suffix.Length && name.EndsWith(Suffix, StringComparison.Ordinal))
        {
            name = name[..^Suffix.Length];
        }

        return name.ToLowerInvariant();
    }
}

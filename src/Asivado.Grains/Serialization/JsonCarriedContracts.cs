using System.Reflection;

namespace Asivado.Grains.Serialization;

/// <summary>
/// Which types cross grain calls through Orleans' System.Text.Json codec: the domain's and the grains' own records
/// (views, commands, results). The domain stays free of Orleans, and it already round-trips through JSON for the
/// stored state and the API; one codec for all three keeps a single JSON shape per type. NodaTime's values (Instant,
/// LocalDate) go the same way, with the domain's converters, where a signature takes them directly. All are immutable
/// records by convention, so within a silo they are shared, not copied (<see cref="SharedImmutableCopier"/>).
/// </summary>
internal static class JsonCarriedContracts
{
    private static readonly Assembly Domain = typeof(Domain.Cases.CaseState).Assembly;
    private static readonly Assembly Grains = typeof(JsonCarriedContracts).Assembly;
    private static readonly Assembly NodaTime = typeof(global::NodaTime.Instant).Assembly;

    public static bool IsCarried(Type type)
    {
        var assembly = type.Assembly;
        // Compiler-made types (a collection expression's read-only list) are left to Orleans' own codecs, which
        // refuse them: grain methods return arrays, lists or immutable arrays where they declare an interface.
        return (assembly == Domain || assembly == Grains || assembly == NodaTime)
            && !type.IsInterface
            && !type.Name.StartsWith('<')
            && !typeof(IAddressable).IsAssignableFrom(type);
    }
}

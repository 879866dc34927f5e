namespace Asivado.Grains.Organisation.Revisions;

/// <summary>A revision as submitted: its kind and its JSON document, in the format the organisation file uses for it.</summary>
public sealed record RevisionDocument(RevisionKind Kind, string Json)
{
    /// <summary>The request body field that carries a document of <paramref name="kind"/> (errors are named from it).</summary>
    public static string FieldOf(RevisionKind kind) => kind switch
    {
        RevisionKind.Policy => "policy",
        RevisionKind.DepartmentOverride => "departmentOverride",
        RevisionKind.Calendar => "calendar",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown revision kind."),
    };
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace Asivado.Durability.Gateway;

/// <summary>Bodies for POST /api/cases: an e-mailed question (by default to <see cref="OrganisationFile.DepartmentId"/>), distinct per index.</summary>
public static class CaseIntakeBodies
{
    public static JsonObject Question(long index) => Question(index, OrganisationFile.DepartmentId);

    public static JsonObject Question(long index, string departmentId) => new()
    {
        ["channel"] = "Email",
        ["kind"] = "Question",
        ["departmentId"] = departmentId,
        ["customer"] = new JsonObject
        {
            ["name"] = string.Create(CultureInfo.InvariantCulture, $"Customer {index}"),
            ["email"] = string.Create(CultureInfo.InvariantCulture, $"customer{index}@example.com"),
        },
        ["subject"] = string.Create(CultureInfo.InvariantCulture, $"Question {index}"),
        ["description"] = "Where is my invoice?",
    };
}
